# str.maketrans (a static method, found on str and on its instances) with str.translate.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


table = str.maketrans('abc', 'xyz')
print(table, 'aabbcc-abc'.translate(table))
table = str.maketrans('ab', 'AB', 'c!')
print(table, 'abc! cab!'.translate(table))
table = str.maketrans({'a': 'alpha', 'b': None, 99: 'C', 100: 68})
print(table, 'abcd'.translate(table))
print(''.maketrans('\xe9', 'e'), 'caf\xe9'.translate(str.maketrans('\xe9', 'e')))
print(str.maketrans({}), str.maketrans('', ''), str.maketrans('', '', 'xyz'))
print(str.maketrans('\u20ac\U0001f600', 'E:'), '\u20ac5 \U0001f600'.translate(
    str.maketrans('\u20ac\U0001f600', 'E:')))
attempt("no args", lambda: str.maketrans())
attempt("one non-dict", lambda: str.maketrans('abc'))
attempt("long key", lambda: str.maketrans({'ab': 1}))
attempt("float key", lambda: str.maketrans({1.5: 1}))
attempt("lengths", lambda: str.maketrans('ab', 'c'))
attempt("int first", lambda: str.maketrans(1, 'a'))
attempt("dict first", lambda: str.maketrans({}, 'a'))
attempt("int second", lambda: str.maketrans('a', 1))
attempt("int third", lambda: str.maketrans('a', 'b', 1))
attempt("four args", lambda: str.maketrans('a', 'b', 'c', 'd'))
attempt("keywords", lambda: str.maketrans(x=1))
attempt("bad mapping value", lambda: 'a'.translate({97: 1.5}))
attempt("mapping out of range", lambda: 'a'.translate({97: 0x110000}))
