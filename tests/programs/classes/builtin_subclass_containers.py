# Subclasses of list, dict and set: initialised in __init__, overrides win, results are base types.


class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def peek(self):
        return self[-1]


st = Stack([1, 2])
st.push(3)
print(st, repr(st), type(st).__name__, st.peek(), st.pushes, len(st), st.pop(), st)
print(st[1:], type(st[1:]).__name__, st + [9], type(st + [9]).__name__, [0] + st, st * 2, type(st * 2).__name__)
print(st == [1, 2], st != [1, 2], st < [1, 3], sorted(Stack([3, 1, 2])), list(Stack("ab")), type(list(st)).__name__)
st.extend([5, 6])
st[0] = 10
del st[1]
st += [7]
print(st, type(st).__name__, 5 in st, st.index(5), st.count(5), bool(Stack()), bool(st), sum(st))
st.sort(reverse=True)
print(st, st.copy(), type(st.copy()).__name__, type(reversed(st)).__name__, list(reversed(st)))
print(isinstance(st, list), issubclass(Stack, list), Stack.__mro__, st.__dict__)


class Plain(list):
    pass


pl = Plain("xyz")
print(pl, type(pl).__name__, vars(pl), Plain(), [x * 2 for x in pl], Plain(range(3)))
try:
    hash(pl)
except TypeError as e:
    print("TypeError:", e)


class Weird(list):
    def __len__(self):
        return 42

    def __iter__(self):
        return iter(["it"])

    def __contains__(self, x):
        return x == "magic"

    def __getitem__(self, i):
        return "item%r" % (i,)

    def __repr__(self):
        return "Weird" + super().__repr__()


w = Weird([1, 2])
print(repr(w), str(w), len(w), list(w), "magic" in w, 1 in w, w[0], w[1:2], [x for x in w], list.__len__(w))


class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = [key]
        return value


dd = DefaultDict(a=1)
print(dd, dd["a"], dd["zz"], dd, "zz" in dd, len(dd), dd.get("q"), type(dd).__name__)


class Counter(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) if key in self else 0

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


c = Counter()
c["x"] = 1
c.update(y=2)
print(c, c["x"], c["missing"], dict.__getitem__(c, "x"), c.get("x"), sorted(c), list(c.items()))


class Record(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.created = True

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


r = Record({"a": 1}, b=2)
print(r, r.a, r.b, r.created, type(r).__name__, r == {"a": 1, "b": 2}, dict(r), type(r.copy()).__name__)
print(type(Record.fromkeys([1, 2])).__name__, Record.fromkeys("ab", 0), list(r.keys()), isinstance(r, dict))
try:
    r.nothing
except AttributeError as e:
    print("AttributeError:", e)
r2 = Record()
r2["k"] = "v"
del r2["k"]
print(r2, len(r2), bool(r2))


class Tags(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.frozen = False

    def add(self, item):
        super().add(item.lower())


tags = Tags(["A", "b"])
tags.add("C")
print(sorted(tags), type(tags).__name__, len(tags), "c" in tags, sorted(tags | {"z"}), type(tags | {"z"}).__name__)
print(type(tags & {"c"}).__name__, type(tags - {"c"}).__name__, type(tags.copy()).__name__, tags.frozen)
print(tags == {"A", "b", "c"}, tags.issubset({"A", "b", "c", "d"}), type(set(tags)).__name__)
tags.discard("A")
tags |= {"q"}
print(sorted(tags), type(tags).__name__, isinstance(tags, set))


class Base(list):
    def describe(self):
        return "%s with %d items" % (type(self).__name__, len(self))


class Derived(Base):
    def append(self, x):
        super().append(x * 100)


dv = Derived([1])
dv.append(2)
print(dv, dv.describe(), Derived.__mro__)


class Logged(set):
    def __ior__(self, other):
        print("ior", sorted(other))
        self.update(other)
        return self


lg = Logged([1])
lg |= {2, 3}
print(sorted(lg), type(lg).__name__)


class Appender(list):
    def __iadd__(self, other):
        self.append(tuple(other))
        return self


ap = Appender()
ap += [1, 2]
print(ap, type(ap).__name__)
