from abc import (ABC, ABCMeta, abstractclassmethod, abstractmethod, abstractproperty,
                 abstractstaticmethod)

print(issubclass(abstractclassmethod, classmethod), issubclass(abstractstaticmethod, staticmethod),
      issubclass(abstractproperty, property))
print(abstractclassmethod.__mro__)
print(abstractproperty.__isabstractmethod__, abstractclassmethod.__isabstractmethod__)


class Shape(ABC):
    @abstractclassmethod
    def make(cls):
        return cls.__name__

    @abstractstaticmethod
    def sides():
        return 0

    @abstractproperty
    def area(self):
        return 0.0

    @abstractmethod
    def draw(self):
        pass


print(sorted(Shape.__abstractmethods__))
for name in ('make', 'sides', 'area'):
    d = Shape.__dict__[name]
    print(name, type(d).__name__, isinstance(d, (classmethod, staticmethod, property)),
          d.__isabstractmethod__)
print(Shape.__dict__['make'].__func__.__isabstractmethod__,
      Shape.__dict__['sides'].__func__.__name__)
# Abstract methods still work through the class.
print(Shape.make(), Shape.sides())
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Partial(Shape):
    @classmethod
    def make(cls):
        return 'made ' + cls.__name__

    def draw(self):
        return 'drawing'


print(sorted(Partial.__abstractmethods__), Partial.make())
try:
    Partial()
except TypeError as e:
    print('TypeError:', e)


class Square(Partial):
    @staticmethod
    def sides():
        return 4

    @property
    def area(self):
        return 4.0


sq = Square()
print(Square.__abstractmethods__, sq.area, sq.sides(), sq.make(), sq.draw())


class Legacy(metaclass=ABCMeta):
    value = abstractproperty(lambda self: 42)


print(sorted(Legacy.__abstractmethods__), Legacy.value.fget(None))


class Concrete(Legacy):
    value = 1


print(Concrete().value, isinstance(Legacy.__dict__['value'], property))
