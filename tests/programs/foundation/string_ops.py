s = "hello"
print(s[0], s[1], s[-1], s[-5])
print(len(s))
for c in s:
    print(c, end="|")
print()
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
print(s + " " + "world")
print(s * 2, s * 0, repr(s * -1))
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "a" != "A")
print("abc" <= "abc", "b" >= "abc", "" == "")
word = "racecar"
n = len(word)
pal = True
for i in range(n // 2):
    if word[i] != word[n - 1 - i]:
        pal = False
print(word, "palindrome:", pal)
rev = ""
i = len(s) - 1
while i >= 0:
    rev += s[i]
    i -= 1
print(rev)
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch in "aeiouAEIOU":
        vowels += 1
print("vowels", vowels)
print("a\tb", "a\\tb", 'single\'quote', "double\"quote")
print("x" + str(1) + str(2.0) + str(None) + str(True))
t = "abc"
t += "def"
print(t, t[3], t[-4])
esc = "\n"
print(len(esc), repr(esc), repr(esc + "\t"))
print(repr(s[0]), repr(s[-1] * 3))
print("tricky" + "" + "", "" * 100 == "")
print(str("nested") == "nested", repr("'") == "\"'\"")
