import sys

print("cycle_b: body starts")
# lib.cycle_a is running its body: it is in sys.modules, partly initialised.
import lib.cycle_a as partly

print("cycle_b sees", partly.A_EARLY, hasattr(partly, "A_LATE"), "lib.cycle_a" in sys.modules)
print("lib.cycle_a is an attribute of lib yet:", hasattr(sys.modules["lib"], "cycle_a"))

from lib.cycle_a import A_EARLY

try:
    from lib.cycle_a import A_LATE
except ImportError as e:
    print("ImportError:", str(e).rsplit(" (", 1)[0])

B_VALUE = "b"
from_a = A_EARLY


def call_a():
    return partly.late()
