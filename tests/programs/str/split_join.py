# split, rsplit, splitlines, partition, rpartition and join.

texts = [
    "",
    " ",
    "a",
    "a b c",
    "  a  b  c  ",
    "a,b,,c,",
    ",a,",
    "one\ttwo\nthree\x0bfour\x0cfive\x1csix\x1dseven\x1eeight\x1fnine\x85ten\xa0eleven\u2028twelve\u3000end",
    "aaa",
    "key=value=more",
    "αβ γδ  εζ",
]
seps = [None, ",", " ", "a", "aa", "=", "  ", "γ"]
for t in texts:
    print(repr(t), t.split(), t.rsplit())
    for sep in seps:
        print(repr(t), repr(sep), t.split(sep), t.rsplit(sep))
        for n in [-1, 0, 1, 2]:
            print("   ", n, t.split(sep, n), t.rsplit(sep, n))

print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b,c".split(sep=","))
print("a,b,c".rsplit(sep=",", maxsplit=1), "a,b,c".split(",", maxsplit=0), "  a b  ".split(None, 0))
print("  a b  ".rsplit(None, 0), "a b".split(None, -5), "x".split(None, 10 ** 30 // 10 ** 12))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "<>".split("<>"), "abc".split("abc"))

lines = [
    "",
    "one",
    "one\n",
    "one\ntwo",
    "one\r\ntwo\rthree\n",
    "\n\n",
    "\r\n\r\n",
    "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
    "no\x1fbreak",
    "trailing\r",
]
for t in lines:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
print("a\nb".splitlines(False), "a\nb".splitlines(keepends=0), "a\nb".splitlines(2))

for t in ["key=value", "key=value=more", "novalue", "=", "", "a==b", "αβ=γ"]:
    print(repr(t), t.partition("="), t.rpartition("="), t.partition("=="), t.rpartition("=="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"))

print(repr("".join([])), repr(",".join(["a"])), repr(", ".join(["a", "b", "c"])))
print(repr("-".join("abc")), repr("".join(("x", "y"))), repr("é".join(["1", "2"])))
print(repr(" ".join({"k": 1, "j": 2})), repr("|".join(["", "", ""])), repr("ab".join(["", "x", ""])))
print(repr("+".join("a b c".split())), repr("\n".join(["line1", "line2"])))
words = "the quick brown fox".split()
print(repr(" ".join(words[::-1])), repr("".join(words).upper()))
