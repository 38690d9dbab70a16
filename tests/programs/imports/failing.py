# A module whose body raises is not kept in sys.modules: importing it again runs it again.
import sys

for attempt in range(2):
    try:
        import lib.fails
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)
    print("lib.fails" in sys.modules, "lib" in sys.modules)
print(hasattr(sys.modules["lib"], "fails"))
try:
    lib
except NameError as e:
    print("NameError:", e)
