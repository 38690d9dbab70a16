# Case conversion: upper, lower, casefold, swapcase, capitalize, title — ASCII and the
# Unicode special cases (full mappings, final sigma, titlecase digraphs, 3.8's capitalize).

words = [
    "",
    "hello world",
    "Hello World",
    "HELLO WORLD",
    "hELLO wORLD",
    "123 abc DEF",
    "they're bill's friends from the UK",
    "o'neil mcdonald-smith",
    "snake_case_name",
    "x1y2z3",
    "a.b,c;d",
    "  leading and trailing  ",
]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.swapcase()))
    print(repr(w.capitalize()), repr(w.title()), repr(w.casefold()))

# Full case mappings: one character can become several.
special = [
    "ß",
    "straße",
    "ﬁ",
    "ﬂy",
    "ﬀ",
    "ŉ",
    "ǰ",
    "ΐ",
    "İstanbul",
    "İ",
    "ı",
    "µ",
    "ſ",
    "Ǆ",
    "ǅ",
    "ǆ",
    "ǈ",
    "ᾳ",
    "ᾼ",
    "ῳ",
    "Ꭰ",
    "ꭰ",
    "Ⴀ",
    "ა",
    "ǉubljana",
    "ΣΑΣ",
    "ΟΔΥΣΣΕΥΣ",
    "ὈΔΥΣΣΕΎΣ",
]
for w in special:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print(repr(w.swapcase()), repr(w.capitalize()), repr(w.title()))

# Final sigma: Σ lowercases to ς at the end of a word.
sigmas = ["Σ", "ΑΣ", "ΑΣ ", "ΑΣΑ", "Α.Σ", "Α'Σ", "ΑΣ'", "ΑΣ.Β", "ΣΑ", "1Σ", "ΑΣ1", "ΑΣΣ", "aΣb", "aΣ"]
for w in sigmas:
    print(repr(w), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))

# capitalize uses titlecase for the first character since 3.8.
print(repr("ǆemal".capitalize()), repr("ﬁsh".capitalize()), repr("ßa".capitalize()))
print(repr("ABC DEF".capitalize()), repr("1abc".capitalize()), repr(" abc".capitalize()))

# Characters without case pass through.
print(repr("日本語 123 !?".upper()), repr("٣٤٥".lower()), repr("\t\n".title()))
print(repr("ǅungla".lower()), repr("ǅungla".upper()), repr("ǅungla".swapcase()))
print(repr("MiXeD 42 ÀÉÎ õü".swapcase()))
