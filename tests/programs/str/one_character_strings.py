# One-character ASCII strings are shared, as CPython's are: indexing, iterating, slicing and
# chr() give the same object for the same character.
a = 'a'
text = 'xay' * 3
print(text[1] is a, text[1:2] is a, chr(97) is a, [c for c in text][4] is a)
print(list('hello') == ['h', 'e', 'l', 'l', 'o'], ''.join(reversed('hello')))
counts = {}
for c in 'mississippi':
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
e = 'é'
print('café'[3] == e, len('café'[3]), 'x' * 0 == '', str(7), repr('q'))


class Letter(str):
    pass


b = Letter('a')
print(type(b).__name__, b == a, b is a, type(a).__name__, type('xay'[1]).__name__, a.upper())
