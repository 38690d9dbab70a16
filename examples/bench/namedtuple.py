# Reading a namedtuple field, a plain instance attribute and a tuple index, in one run: the
# field is read through its index descriptor (3.8's _tuplegetter).
# Arguments: [READS [--timings]] (times go to stderr).
import sys
import time
from collections import namedtuple

Point = namedtuple('Point', 'x y z')


class Plain:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


READS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
TIMINGS = sys.argv[2:] == ["--timings"]


def field(p):
    total = 0
    for _ in range(READS):
        total += p.y
    return total


def attribute(o):
    total = 0
    for _ in range(READS):
        total += o.y
    return total


def index(t):
    total = 0
    for _ in range(READS):
        total += t[1]
    return total


for name, run, obj in [('namedtuple field', field, Point(1, 2, 3)),
                       ('instance attribute', attribute, Plain(1, 2, 3)),
                       ('tuple index', index, (1, 2, 3))]:
    start = time.perf_counter()
    checksum = run(obj)
    elapsed = time.perf_counter() - start
    print(name, checksum)
    if TIMINGS:
        print('%s: %.1f ms' % (name, elapsed * 1000), file=sys.stderr)
