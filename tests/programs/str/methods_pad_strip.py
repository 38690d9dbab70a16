# strip family, center/ljust/rjust, zfill, expandtabs, replace and translate.

for t in ["", "   ", "  abc  ", "\t\n abc \r\x0b\x0c", "xxabcxx", "abc", "\x1cabc\x1f", "\u3000abc\xa0", "ééaéé"]:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
    print("   ", repr(t.strip("x")), repr(t.strip("xa")), repr(t.lstrip("x ")), repr(t.rstrip(None)), repr(t.strip("é")))
print(repr("www.example.com".strip("cmowz.")), repr("abcba".strip("")), repr("abc".rstrip("cba")))

for t in ["", "a", "ab", "abc", "abcd", "日本"]:
    for w in [-1, 0, 2, 3, 4, 5, 6, 7, 8]:
        print(repr(t), w, repr(t.center(w)), repr(t.ljust(w)), repr(t.rjust(w)), repr(t.center(w, "*")), repr(t.ljust(w, "é")), repr(t.rjust(w, "0")))
print(repr("x".center(True)), repr("x".rjust(3, "\u3000")))

for t in ["", "42", "-42", "+42", "--1", "abc", "-", "+", "3.14", "-0.5", "١٢"]:
    print(repr(t), repr(t.zfill(0)), repr(t.zfill(3)), repr(t.zfill(6)), repr(t.zfill(-2)))

for t in ["", "\t", "a\tb", "ab\tc\td", "abcdefgh\ti", "x\ty\nxx\ty", "12\r1234\t5", "é\tü\t!", "\t\t"]:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)), repr(t.expandtabs(tabsize=3)))

for t in ["", "aaa", "banana", "hello world", "ababab", "日本日本"]:
    print(repr(t), repr(t.replace("a", "o")), repr(t.replace("an", "AN", 1)), repr(t.replace("a", "")), repr(t.replace("", "-")))
    print("   ", repr(t.replace("", "-", 2)), repr(t.replace("aa", "b")), repr(t.replace("zz", "y")), repr(t.replace("a", "xyz", -1)), repr(t.replace("a", "b", 0)), repr(t.replace("日", "月")))
print(repr("".replace("", "x")), repr("".replace("", "x", 1)), repr("".replace("", "x", -1)), repr("abc".replace("abc", "")))

table = {97: "A", 98: None, 99: 100, 32: "_", 233: "e"}
for t in ["", "abc", "a b c", "cab", "été", "xyz"]:
    print(repr(t), repr(t.translate(table)), repr(t.translate({})), repr(t.translate({120: "xx", 121: 122})))
print(repr("abc".translate([])), repr("abc".translate("xyzxyzxyz" * 11)), repr("abc".translate({97: True})))
