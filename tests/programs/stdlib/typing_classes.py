import typing
from typing import (Any, Dict, Generic, Iterator, List, NamedTuple, NewType, Optional,
                    Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, Tuple,
                    TypedDict, TypeVar, Union, get_type_hints, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


# Generic classes.
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__, s.__orig_class__)
print(Stack.__parameters__, Stack.__orig_bases__, Stack.__bases__)
print(Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str], Stack[T])
print(Stack[int].__origin__ is Stack, Stack[int].__args__, isinstance(s, Stack))
plain = Stack()
print(hasattr(plain, "__orig_class__"), [c.__name__ for c in Stack.__mro__])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value


print(Pair.__parameters__, Pair[str, int], Pair[str, int](key="a", value=1).value)


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__, [c.__name__ for c in IntStack.__mro__])


class Mapped(Dict[K, V]):
    pass


m = Mapped(a=1)
print(Mapped.__parameters__, m, isinstance(m, dict), Mapped[str, int])


class Named(List[str]):
    def joined(self) -> str:
        return ",".join(self)


print(Named(["a", "b"]).joined(), Named.__parameters__, [c.__name__ for c in Named.__mro__])


class Both(Stack[T], Generic[T]):
    pass


print(Both.__parameters__, Both[int])

for bad in (lambda: Stack[int, str], lambda: Generic[int], lambda: Generic[T, T],
            lambda: IntStack[int], lambda: Stack[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Broken(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Unlisted(Stack[K], Generic[V]):
        pass
except TypeError as e:
    print("TypeError:", e)


# Protocols.
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print("closed")


class NotResource:
    close = None


print(isinstance(Resource(), Closeable), isinstance(1, Closeable),
      isinstance(NotResource(), Closeable))
print(issubclass(Resource, Closeable), issubclass(int, Closeable))


class Sized2(Protocol):
    def size(self) -> int:
        ...


try:
    isinstance(Resource(), Sized2)
except TypeError as e:
    print("TypeError:", e)
try:
    Closeable()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(Resource)
except TypeError as e:
    print("TypeError:", e)


class Explicit(Closeable):
    pass


Explicit().close()
print(isinstance(Explicit(), Closeable))

print(isinstance(3, SupportsInt), isinstance(3.5, SupportsFloat), isinstance("3", SupportsInt))
print(isinstance(-2, SupportsAbs), isinstance([], SupportsAbs), isinstance(3, SupportsIndex))


class GenericProto(Protocol[T]):
    def get(self) -> T:
        ...


print(GenericProto.__parameters__, GenericProto[int])


# NamedTuple, class syntax.
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "origin"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(label="moved"), p._asdict(), Point._make([1, 2, "z"]), tuple(p))
print(isinstance(p, tuple), Point.__name__, Point.__module__, Point.__bases__)
x, y, label = p
print(x, y, label, p[0], p == (3, -4, "origin"))
try:
    class BadOrder(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Overwrite(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)

# NamedTuple, functional forms.
Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 1)
print(e, Employee.__annotations__, Employee.__module__)
Color = NamedTuple('Color', r=int, g=int, b=int)
print(Color(1, 2, 3), Color._fields)


# TypedDict.
class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


movie = Movie(name="Blade Runner", year=1982)
print(movie, type(movie), Movie.__annotations__, Movie.__total__, PartialMovie.__total__)
literal: Movie = {"name": "Alien", "year": 1979}
print(literal["name"], Movie.__name__, issubclass(Movie, dict) if False else "-")
try:
    isinstance(movie, Movie)
except TypeError as e:
    print("TypeError:", e)
Book = TypedDict('Book', {'title': str, 'pages': int})
print(Book(title="x", pages=3), Book.__annotations__, Book.__total__)


class Sequel(Movie):
    part: int


print(sorted(Sequel.__annotations__), Sequel(name="a", year=1, part=2))

# NewType.
UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid), UserId.__name__, UserId.__supertype__)
Name = NewType('Name', str)
print(Name("bob").upper(), Name.__supertype__)


# get_type_hints.
class Base:
    id: int
    tags: List[str]


class Derived(Base):
    parent: Optional["Derived"]
    extra: "Dict[str, int]"
    count: "int"
    missing: None


print(get_type_hints(Base))
hints = get_type_hints(Derived)
print(list(hints), hints["parent"], hints["count"], hints["missing"], hints["extra"])


def process(items: List[int], scale: float = 1.0, label: str = None, *,
            flag: bool = None) -> Dict[str, float]:
    return {}


print(get_type_hints(process))


def no_hints(a, b):
    pass


print(get_type_hints(no_hints), get_type_hints(Point), get_type_hints(Movie))
print(process.__annotations__["return"], Derived.__annotations__["count"])


class Tree:
    children: "List[Tree]"
    index: "Dict[str, Optional[Tree]]"
    visit: "Callable[[Tree, int], None]"
    shape: "Tuple[int, ...]"


from typing import Callable
print(get_type_hints(Tree))


def late(node: "Tree", depth: "int" = None) -> "Optional[List[Tree]]":
    return None


print(get_type_hints(late))
try:
    get_type_hints(type("Ghost", (), {"__annotations__": {"x": "Undefined"}}))
except NameError as e:
    print("NameError:", e)


class Config(typing.Mapping[str, int]):
    def __getitem__(self, key):
        if key != "a":
            raise KeyError(key)
        return 1

    def __iter__(self):
        return iter(["a"])

    def __len__(self):
        return 1


print(dict(Config()), Config().get("b", 0), [c.__name__ for c in Config.__mro__])
print(Config.__orig_bases__, Config.__parameters__)


def local_hints():
    class Local:
        pass

    def uses(x: "Local", y: "List[Local]") -> "Optional[Local]":
        return None

    hints = get_type_hints(uses, localns={"Local": Local})
    return {name: str(tp).replace(".local_hints.<locals>", "") for name, tp in hints.items()}


print(local_hints())
