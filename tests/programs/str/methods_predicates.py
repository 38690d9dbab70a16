# The is* predicates, including Unicode digits, numerics, whitespace and identifiers.


def flags(s):
    r = ""
    r += "A" if s.isalpha() else "."
    r += "N" if s.isalnum() else "."
    r += "D" if s.isdecimal() else "."
    r += "G" if s.isdigit() else "."
    r += "U" if s.isnumeric() else "."
    r += "S" if s.isspace() else "."
    r += "l" if s.islower() else "."
    r += "u" if s.isupper() else "."
    r += "t" if s.istitle() else "."
    r += "i" if s.isidentifier() else "."
    r += "p" if s.isprintable() else "."
    r += "a" if s.isascii() else "."
    return r


samples = [
    "",
    "a",
    "abc",
    "ABC",
    "Abc",
    "aBc",
    "abc1",
    "123",
    "12.5",
    "-1",
    " ",
    "   \t\n",
    "a b",
    "Hello World",
    "Hello world",
    "HELLO WORLD 2",
    "hello world 2",
    "They'Re",
    "They're",
    "_",
    "_x1",
    "1x",
    "x-y",
    "class",
    "é",
    "éclair",
    "Σίσυφος",
    "²",
    "³4",
    "½",
    "Ⅻ",
    "一二三",
    "٣٤٥",
    "१२३",
    "𝟙𝟚",
    "\x1c",
    "\x1f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u3000",
    "\u200b",
    "\x00",
    "\x7f",
    "tab\there",
    "ǅ",
    "ǅungla",
    "ǅUngla",
    "ᾼ",
    "ß",
    "ªº",
    "ʰ",
    "µ",
    "ﬁ",
    "日本",
    "Ⓐ",
    "ⓐ",
    "\u0345",
    "a\u0301",
    "℘",
    "℮",
    "·",
    "x·y",
    "\U0001f600",
    "\ue000",
]
for s in samples:
    print(repr(s), flags(s))
