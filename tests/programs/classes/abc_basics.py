# abc: abstract methods, instantiation errors, ABC and ABCMeta, __abstractmethods__.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


print(type(Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), sorted(Shape.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), Square.__abstractmethods__, isinstance(sq, Shape))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))


# abstract properties, class methods and static methods
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__)


class Old(metaclass=ABCMeta):
    @abstractproperty
    def x(self):
        pass

    @abstractclassmethod
    def c(cls):
        pass

    @abstractstaticmethod
    def s():
        pass


print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print("TypeError:", e)


# one abstract method; a class with no abstract methods; a non-ABC class
class One(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    One()
except TypeError as e:
    print("TypeError:", e)


class Nothing(ABC):
    def fine(self):
        return "fine"


print(Nothing().fine(), Nothing.__abstractmethods__, ABC.__abstractmethods__)
try:
    print(object.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


try:
    print(Plain.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)

# abstract methods with arguments to the constructor; __init__ of the ABC
class WithInit(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def run(self):
        pass


class Runner(WithInit):
    def run(self):
        return self.x * 2


print(Runner(21).run())
try:
    WithInit(1)
except TypeError as e:
    print("TypeError:", e)

# clearing __abstractmethods__ by hand allows instances
class Later(ABC):
    @abstractmethod
    def m(self):
        pass


Later.__abstractmethods__ = frozenset()
print(type(Later()).__name__)

# super() calls to the abstract implementation
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Loud(Greeter):
    def greet(self):
        return super().greet().upper()


print(Loud().greet())
print(abc.ABC.__slots__ if hasattr(abc.ABC, "__slots__") else None, abc.ABCMeta.__name__, abc.get_cache_token() >= 0)
print(isinstance(Shape, ABCMeta), issubclass(ABCMeta, type), ABC.__module__, ABCMeta.__module__)
