# An uncaught math error ends the program with CPython's traceback.
import math


def hypotenuse_leg(c, a):
    return math.sqrt(c * c - a * a)


print(hypotenuse_leg(5, 3))
print(hypotenuse_leg(3, 5))
print("not reached")
