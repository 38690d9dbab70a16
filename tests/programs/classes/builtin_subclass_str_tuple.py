# Subclasses of str, tuple and frozenset: made in __new__, methods of the base work.


class Shout(str):
    def shout(self):
        return self.upper() + "!"


s = Shout("hi there")
print(s, repr(s), type(s).__name__, s.shout(), len(s), s[0], type(s[0]).__name__, s[1:4])
print(s + "x", type(s + "x").__name__, "x" + s, s * 2, type(s * 2).__name__, "hi" in s, s == "hi there")
print(s.split(), s.title(), type(s.upper()).__name__, s.replace("hi", "yo"), s.startswith("hi"))
print(str(s), type(str(s)).__name__, "%s|%r" % (s, s), f"{s}|{s!r}|{s:>10}", "-".join([s, s]))
print({s: 1}["hi there"], sorted([Shout("b"), Shout("a")]), list(Shout("abc")), s.encode())
print(isinstance(s, str), Shout(42), Shout(), Shout(b"ab", "ascii"), Shout.__mro__)
s.extra = 1
print(s.extra, s.__dict__)


class Tagged(str):
    def __new__(cls, text, tag):
        self = super().__new__(cls, text)
        self.tag = tag
        return self

    def __repr__(self):
        return "Tagged(%s, %s)" % (str.__repr__(self), self.tag)


t = Tagged("abc", 7)
print(t, repr(t), t.tag, [t], t.upper(), str(t))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless("ABC") == "abc", Caseless("ABC") != "abc", Caseless("A") in {Caseless("a")})


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(%r, %r)" % self

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
print(p, p.x, p.y, len(p), type(p).__name__, p + Point(3, 4), tuple(p), type(tuple(p)).__name__)
print(p[0:1], type(p[0:1]).__name__, list(p), p == (1, 2), p < (1, 3), hash(p) == hash((1, 2)))
print(p.count(1), p.index(2), 2 in p, sorted(p, reverse=True), isinstance(p, tuple))
x, y = p
print(x, y, "%s-%s" % p, {p: "origin"}[(1, 2)])


class Pair(tuple):
    pass


q = Pair([5, 6])
print(q, repr(q), type(q).__name__, q + (7,), type(q + (7,)).__name__, q * 2, Pair(), Pair("ab"))


class Frozen(frozenset):
    def describe(self):
        return "Frozen of %d" % len(self)


f = Frozen([1, 2, 2, 3])
print(sorted(f), type(f).__name__, f.describe(), hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3})
print(sorted(f | {9}), type(f | {9}).__name__, type(f & {1}).__name__, 2 in f, len(f), type(f.copy()).__name__)
print(type(frozenset(f)).__name__, isinstance(f, frozenset))


class Blob(bytes):
    def size(self):
        return len(self)


b = Blob(b"abc")
print(b, repr(b), type(b).__name__, b.size(), b.upper(), type(b.upper()).__name__, b + b"d")
print(type(b + b"d").__name__, b[0], b[1:], type(b[1:]).__name__, b == b"abc", hash(b) == hash(b"abc"))
print(b.decode(), type(bytes(b)).__name__, Blob([65, 66]), Blob("hé", "utf-8"), b"b" in b, list(b), b.hex())
for bases in [(int, str), (list, dict), (tuple, Exception)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class Both(Shout, Tagged):
    pass


print(Both("x", 1), type(Both("y", 2)).__mro__)
