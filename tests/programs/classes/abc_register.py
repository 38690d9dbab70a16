# abc: register() and virtual subclasses, __subclasshook__, isinstance/issubclass caches.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Circle:
    def draw(self):
        return "circle"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
token = get_cache_token()
r = Drawable.register(Circle)
print(r is Circle, get_cache_token() == token + 1)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Circle.__mro__)


class Ring(Circle):
    pass


print(issubclass(Ring, Drawable), isinstance(Ring(), Drawable))


# register as a decorator; registering a subclass is a no-op; builtin types
@Drawable.register
class Square:
    pass


print(issubclass(Square, Drawable), Drawable.register(Square) is Square)


class Real(Drawable):
    def draw(self):
        return "real"


tok = get_cache_token()
print(Drawable.register(Real) is Real, get_cache_token() == tok)
Drawable.register(int)
print(isinstance(3, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable), isinstance(True, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Real.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)


# registering on a sub-ABC makes a virtual subclass of the parent ABC too
class Shape(ABC):
    pass


class Polygon(Shape):
    pass


class Triangle:
    pass


Polygon.register(Triangle)
print(issubclass(Triangle, Polygon), issubclass(Triangle, Shape), isinstance(Triangle(), Shape))


# __subclasshook__
class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class HasLen:
    def __len__(self):
        return 1


class NoLen:
    pass


print(issubclass(HasLen, Sized), isinstance(HasLen(), Sized), issubclass(NoLen, Sized), isinstance(NoLen(), Sized))
print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))


class SubSized(Sized):
    def __len__(self):
        return 3


print(issubclass(HasLen, SubSized), issubclass(SubSized, Sized), len(SubSized()))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Never):
    pass


print(issubclass(Child, Never), isinstance(Child(), Never))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


# a metaclass deriving from ABCMeta
class Tracked(ABCMeta):
    made = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Tracked.made.append(name)
        return cls


class Plugin(metaclass=Tracked):
    @abstractmethod
    def run(self):
        pass


class Concrete(Plugin):
    def run(self):
        return "ran"


print(Tracked.made, Concrete().run(), type(Concrete).__name__, sorted(Plugin.__abstractmethods__))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)

# instance check where __class__ differs from type()
class Proxy:
    @property
    def __class__(self):
        return Circle


print(isinstance(Proxy(), Drawable), isinstance(Proxy(), Circle), type(Proxy()).__name__)
# a registered class does not gain the ABC's methods
class Mixin(ABC):
    def helper(self):
        return "helped"


class Outside:
    pass


Mixin.register(Outside)
print(isinstance(Outside(), Mixin), hasattr(Outside(), "helper"), Mixin in Outside.__mro__)
