# Classes: attributes, methods, inheritance, super(), properties, static and class methods.
class Animal:
    """An animal."""
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return self.name + " says " + self.sound

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks = self.tricks + [trick]
        return self

    def speak(self):
        return super().speak() + "!"


a = Animal("generic")
d = Dog("rex")
print(a.speak(), d.speak(), Animal.count)
print(a, repr(d), d.kind, a.kind, Dog.kind, Animal.__doc__)
d.add_trick("sit").add_trick("roll")
print(d.tricks, d.name)
print(type(d) is Dog)
print(type(d) is Dog, type(d).__name__, Dog.__qualname__, Dog.__mro__)


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

    @staticmethod
    def freezing():
        return Temperature(0)

    @classmethod
    def boiling(cls):
        return cls(100)


t = Temperature(25)
print(t.fahrenheit)
t.fahrenheit = 212
print(t._celsius, Temperature.freezing().fahrenheit, Temperature.boiling().fahrenheit)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return type(other) is Vector and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter([self.x, self.y]) if False else VectorIter(self)

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y) if False else "Vector(" + str(self.x) + ", " + str(self.y) + ")"


class VectorIter:
    def __init__(self, v):
        self.v, self.i = v, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 2:
            raise StopIteration
        self.i += 1
        return self.v[self.i - 1]


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), v != Vector(4, 6), v < Vector(5, 0), v > Vector(5, 0))
print(len(v), v[0], v[-1], [c for c in v], bool(Vector(0, 0)), bool(v))
x, y = v
print(x, y)
try:
    {v: 1}
except TypeError as e:
    print(e)
try:
    v + 1
except AttributeError as e:
    print(e)
try:
    v - v
except TypeError as e:
    print(e)


class Config(Exception):
    def __init__(self, key):
        super().__init__("bad key: " + key)
        self.key = key


try:
    raise Config("port")
except Config as e:
    print(e, repr(e), e.key, e.args)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


c = Counter()
c()
c(10)
print(c.n, c.__dict__)
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    Animal()
except TypeError as e:
    print(e)


class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print(e)
e = Empty()
e.value = 5
print(e.value)
raise Config("fatal")
