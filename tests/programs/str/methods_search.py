# find, rfind, index, rindex, count, startswith, endswith: optional start and end (negative,
# None, out of range), empty substrings, non-ASCII text, tuples of affixes.

text = "abracadabra"
subs = ["a", "abra", "bra", "cad", "z", "", "abracadabra", "abracadabrax", "ra"]
bounds = [
    [],
    [0],
    [1],
    [3],
    [-3],
    [-100],
    [11],
    [12],
    [100],
    [None],
    [2, 8],
    [0, -1],
    [-5, -1],
    [4, 2],
    [None, 5],
    [3, None],
    [None, None],
    [0, 100],
    [-100, 100],
]


def search(s, sub, b):
    if len(b) == 0:
        return [s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub)]
    if len(b) == 1:
        return [s.find(sub, b[0]), s.rfind(sub, b[0]), s.count(sub, b[0]), s.startswith(sub, b[0]), s.endswith(sub, b[0])]
    return [s.find(sub, b[0], b[1]), s.rfind(sub, b[0], b[1]), s.count(sub, b[0], b[1]), s.startswith(sub, b[0], b[1]), s.endswith(sub, b[0], b[1])]


for sub in subs:
    for b in bounds:
        print(repr(sub), b, search(text, sub, b))

# Empty text.
for sub in ["", "a"]:
    for b in [[], [0], [1], [-1], [0, 0], [1, 0]]:
        print("empty", repr(sub), b, search("", sub, b))

# Non-ASCII text: positions count code points.
greek = "αβγ αβγ δ ä ö ü € 𝟘"
for sub in ["α", "βγ", " ", "€", "𝟘", "ü €", "x", ""]:
    print(repr(sub), search(greek, sub, []), search(greek, sub, [2]), search(greek, sub, [-6, -1]))

print("banana".index("an"), "banana".rindex("an"), "banana".index("a", 2), "banana".rindex("a", 0, 4))
print("banana".index("", 3), "banana".rindex(""), "banana".index("na", -3))
print("ab".find("b", True), "aaaa".count("aa"), "aaaaa".count("aa"), "aaa".count("a", 1))
print("abc".count("", 5), "abc".count("", 3), "abc".count("", -1), "".count(""))

# Tuples of prefixes and suffixes.
names = ["photo.jpg", "doc.pdf", "image.PNG", "archive.tar.gz", "README", ""]
for n in names:
    print(repr(n), n.endswith((".jpg", ".png", ".gz")), n.startswith(("doc", "arch", "")), n.endswith(()))
    print(n.startswith(("x", "R"), 0, 3), n.endswith(("tar", "pdf"), 0, -3), n.endswith(("tar", "pdf"), None, 11))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 3), "abc".endswith("", -1, 0))
print("abc".startswith("abc", -10), "abc".endswith("abc", 0, 10), "abc".startswith("bc", 1, 2))
print("ünïcödé".startswith("ünï"), "ünïcödé".endswith("ödé", 4), "ünïcödé".startswith("ï", 2, 3))
