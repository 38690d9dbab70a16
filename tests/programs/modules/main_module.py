# The script is the module __main__, in sys.modules while it runs.
import sys

x = 5


def answer():
    return 42


import __main__

print(__main__.x, __main__.answer(), __main__.__name__)
print(sys.modules["__main__"] is __main__, "__main__" in sys.modules)
__main__.y = "set through the module"
print(y)
x = 6
print(sys.modules["__main__"].x)
