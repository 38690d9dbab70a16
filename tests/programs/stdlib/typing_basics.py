import collections
import collections.abc
import typing
from typing import (Any, AnyStr, Callable, ClassVar, Counter, DefaultDict, Deque, Dict, Final,
                    FrozenSet, Generator, Iterable, Iterator, List, Literal, Mapping,
                    MutableMapping, Optional, OrderedDict, Sequence, Set, Text, Tuple, Type,
                    TypeVar, Union, cast, get_args, get_origin, overload, no_type_check,
                    TYPE_CHECKING)

# Reprs of the special names and of subscripted aliases.
for alias in (Any, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
              Generator, Sequence, Mapping, MutableMapping, Deque, DefaultDict, Counter,
              OrderedDict, typing.ChainMap, typing.Awaitable, typing.Coroutine,
              typing.AsyncIterator, typing.AbstractSet, typing.Hashable, typing.Sized,
              ClassVar, Final, Literal, Union, Optional):
    print(repr(alias))

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[Tuple[int, int], ...])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Type[int], Iterable[str], Iterator[float], Generator[int, None, str])
print(Mapping[str, Any], Deque[int], DefaultDict[str, List[int]], Counter[str])
print(ClassVar[int], Final[List[int]], Literal[1, "a", None], Literal["x"])
print(Dict[str, "Node"], List[Optional[int]])

# Union rules.
print(Union[int, str], Union[int], Union[int, int], Union[int, Union[str, float]])
print(Optional[int], Optional[Union[int, str]], Union[int, None], Union[None, int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(Optional[int] == Union[int, None], Union[int, None] == Union[None, int])
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, Union[int, str]])
print(Union[List[int], List[int]], Union[List[int], List[str]])
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Union[3]
except TypeError as e:
    print("TypeError:", e)

# Origins and arguments.
for tp in (List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Callable[[int], str],
           Callable[..., str], Union[int, str], Optional[int], Literal[1, 2], ClassVar[int],
           Type[str], List, int, Any, Generator[int, None, None]):
    print(get_origin(tp), get_args(tp))
print(List[int].__origin__, List[int].__args__, List.__args__, Dict.__parameters__)
print(Callable[[int, str], bool].__args__, Union[int, str].__args__)
print(List[int].__parameters__, Tuple[int, ...].__args__)

# Type variables.
T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, N, Co, Contra, AnyStr, T.__name__, K.__bound__, N.__constraints__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__, T.__module__)
print(Dict[K, T], Dict[K, T].__parameters__, Dict[K, T][str, int], List[T][bytes])
print(Tuple[T, ...][int], Callable[[T], T][str], Union[T, None][int])
try:
    TypeVar('X', int)
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError:", e)

# Equality and hashing.
print(List[int] == List[int], List[int] == List[str], List[int] == list, List == List)
print(hash(Dict[str, int]) == hash(Dict[str, int]), len({List[int], List[int], List[str]}))
cache = {Tuple[int, str]: "pair"}
print(cache[Tuple[int, str]])

# Class and instance checks.
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Dict))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(list, Sequence))
print(isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance(3, Iterable))
print(isinstance(collections.deque(), Deque), isinstance(set(), typing.AbstractSet))
for check in (lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]),
              lambda: isinstance(1, Union[int, str]), lambda: isinstance(1, Any),
              lambda: isinstance(1, Optional[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)

# Instantiation.
for alias in (List, Dict, Set, Tuple, FrozenSet, Type):
    try:
        alias()
    except TypeError as e:
        print("TypeError:", e)
d = DefaultDict[str, int](int)
d["a"] += 1
print(d, type(d).__name__)
print(Deque[int]([1, 2]), Counter[str]("abca"), OrderedDict[str, int](a=1))
for form in (Any, Union, Optional):
    try:
        form()
    except TypeError as e:
        print("TypeError:", e)

# Errors of subscription.
for bad in (lambda: List[int, str], lambda: Dict[int], lambda: List[3], lambda: Callable[int],
            lambda: Callable[int, str], lambda: List[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# The helpers.
print(cast(int, "not an int"), cast(List[int], None), Text is str, TYPE_CHECKING)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(4), double("ab"))


@no_type_check
def loose(x: "whatever") -> "anything":
    return x


print(loose(5), loose.__no_type_check__, typing.get_type_hints(loose))
print(Union[int, str].__module__, List[int].__module__ if hasattr(List[int], "__module__") else "-")
