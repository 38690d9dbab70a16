# gc.is_tracked for the iterators of the builtins, itertools objects and memoryview.
import gc
import itertools
import sys

data = bytearray(b"ab")
group_iter = itertools.groupby([1, 1])
objects = [
    ("list_iterator", iter([])),
    ("tuple_iterator", iter(())),
    ("str_iterator", iter("ab")),
    ("bytes_iterator", iter(b"ab")),
    ("bytearray_iterator", iter(data)),
    ("range_iterator", iter(range(3))),
    ("set_iterator", iter(set())),
    ("dict_keyiterator", iter({})),
    ("dict_itemiterator", iter({}.items())),
    ("dict_reversekeyiterator", reversed({})),
    ("list_reverseiterator", reversed([])),
    ("reversed", reversed((1,))),
    ("callable_iterator", iter(int, 1)),
    ("enumerate", enumerate([])),
    ("zip", zip()),
    ("map", map(int, [])),
    ("filter", filter(None, [])),
    ("memoryview", memoryview(data)),
    ("memoryview iterator", iter(memoryview(b"xy"))),
    ("count", itertools.count()),
    ("cycle", itertools.cycle([])),
    ("repeat", itertools.repeat(1)),
    ("chain", itertools.chain()),
    ("accumulate", itertools.accumulate([])),
    ("compress", itertools.compress([], [])),
    ("dropwhile", itertools.dropwhile(None, [])),
    ("takewhile", itertools.takewhile(None, [])),
    ("filterfalse", itertools.filterfalse(None, [])),
    ("starmap", itertools.starmap(None, [])),
    ("islice", itertools.islice([], 1)),
    ("zip_longest", itertools.zip_longest()),
    ("groupby", group_iter),
    ("_grouper", next(group_iter)[1]),
    ("_tee", itertools.tee([])[0]),
    ("product", itertools.product()),
    ("permutations", itertools.permutations([])),
    ("combinations", itertools.combinations([], 1)),
    ("combinations_with_replacement", itertools.combinations_with_replacement([], 1)),
]
for name, obj in objects:
    print(name, type(obj).__name__, gc.is_tracked(obj))
del objects, group_iter

with open(sys.argv[0]) as f:
    print(type(f).__name__, gc.is_tracked(f))
with open(sys.argv[0], "rb") as f:
    print(type(f).__name__, gc.is_tracked(f), gc.is_tracked(iter(f)))
