print("cycle_a: body starts")
A_EARLY = "a-early"

import lib.cycle_b

from_b = lib.cycle_b.B_VALUE
A_LATE = "a-late"
print("cycle_a: body ends")


def late():
    return A_LATE
