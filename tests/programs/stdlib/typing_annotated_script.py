"""A small inventory report, annotated the way scripts usually are."""

import collections.abc
from collections import defaultdict
from dataclasses import dataclass, field
from typing import (Callable, ClassVar, DefaultDict, Dict, Iterable, Iterator, List, Mapping,
                    NamedTuple, Optional, Sequence, Set, Tuple, TypeVar, Union, get_type_hints)

T = TypeVar("T")
Number = Union[int, float]
Row = Dict[str, int]


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[Dict[str, "Item"]] = {}

    def total(self) -> float:
        return self.price * self.quantity


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: Optional[str] = None


class Sale(NamedTuple):
    item: str
    amount: int
    discount: float = 0.0


def parse_rows(lines: Iterable[str]) -> List[Row]:
    rows: List[Row] = []
    for line in lines:
        name, qty, cents = line.split(",")
        rows.append({"qty": int(qty), "cents": int(cents), "name_len": len(name)})
    return rows


def find(items: Sequence[Item], name: str) -> Optional[Item]:
    for item in items:
        if item.name == name:
            return item
    return None


def group_by(items: Iterable[T], key: Callable[[T], str]) -> DefaultDict[str, List[T]]:
    groups: DefaultDict[str, List[T]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


def totals(rows: List[Dict[str, int]]) -> Tuple[int, int]:
    return sum(r["qty"] for r in rows), sum(r["qty"] * r["cents"] for r in rows)


def scale(value: Number, factor: Number = 2) -> Number:
    return value * factor


def unique_tags(items: Iterable[Item]) -> Set[str]:
    return {tag for item in items for tag in item.tags}


def walk(mapping: Mapping[str, object], prefix: str = "") -> Iterator[Tuple[str, object]]:
    for key, value in mapping.items():
        if isinstance(value, collections.abc.Mapping):
            yield from walk(value, prefix + key + ".")
        else:
            yield prefix + key, value


lines = ["apple,3,50", "pear,10,25", "fig,0,300"]
rows = parse_rows(lines)
print(rows)
print(totals(rows))

items = [
    Item("apple", 0.5, 3, ["fruit", "red"]),
    Item("pear", 0.25, 10, ["fruit"]),
    Item("soap", 2.0, 1, ["home"]),
]
for item in items:
    Item.registry[item.name] = item
print(items[0], items[0].total())
print(find(items, "pear"), find(items, "kiwi"))
groups = group_by(items, lambda i: i.tags[0])
print({k: [i.name for i in v] for k, v in sorted(groups.items())})
print(sorted(unique_tags(items)), scale(3), scale(1.5, 4))
print(Location(3), Location(4, "top") == Location(4, "top"), hash(Location(1)) == hash(Location(1)))
sales = [Sale("apple", 2), Sale("pear", 5, 0.1)]
print(sales, sum(s.amount for s in sales), sales[1]._asdict())
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(list(walk(config)))
print(sorted(Item.registry), Item.__annotations__["quantity"])
print(get_type_hints(Location))
print(get_type_hints(Sale))
print(get_type_hints(find)["return"], get_type_hints(totals))
print(isinstance(items, collections.abc.MutableSequence),
      isinstance(groups, collections.abc.MutableMapping))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    count: ClassVar[int] = 0
    label: "ClassVar[str]" = "v"


print(Version(1, 2) < Version(1, 3), Version(2), Version.count, Version.label)
import dataclasses
print([f.name for f in dataclasses.fields(Version)], Version.__doc__)


from typing import IO, TextIO, BinaryIO


def write_report(out: TextIO, lines: List[str]) -> int:
    for line in lines:
        out.write(line + "\n")
    return len(lines)


print(write_report.__annotations__["out"], TextIO.__mro__[1:3], IO[str], BinaryIO.__parameters__)
