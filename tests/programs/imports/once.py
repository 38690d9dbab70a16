# A module's body runs once, at its first import, however it is imported afterwards.
import lib.counter
import lib.counter as counter_alias
from lib.counter import count, bump
from lib import counter


def import_again():
    import lib.counter

    return lib.counter


print("imports done")
print(import_again() is counter, counter_alias is counter, lib.counter is counter)
print(bump(), bump(), counter.bump())
# `from ... import` copied the value the name had then.
print(counter.count, count)
