# The script's __file__, and iterating over objects that only have __getitem__.
print(__file__, "__file__" in globals())


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


class Letters:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return "abc"[i]


it = iter(Squares())
print(type(it).__name__, list(it), next(it, "done"), list(Squares()), 9 in Squares(), 5 in Squares())
print(list(Letters()), sorted(Letters(), reverse=True), [x for x in Letters()])
a, b, *rest = Squares()
print(a, b, rest, dict(enumerate(Letters())))


class Broken:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(Broken())
except KeyError as e:
    print("KeyError", e)
try:
    iter(object())
except TypeError as e:
    print(e)
