# Functions, classes and module state, used from another module.
import math

print("shapes: body runs, __name__ =", __name__)

UNIT = 1
created = 0


class Square:
    def __init__(self, side):
        global created
        created += 1
        self.side = side

    def area(self):
        return self.side * self.side * UNIT

    def __repr__(self):
        return "Square(%r)" % self.side


class Cube(Square):
    def volume(self):
        return self.area() * self.side


def circle_area(r):
    return round(math.pi * r * r, 3)


def scaled(x):
    return x * UNIT


if __name__ == "__main__":
    print("shapes: never printed when imported")
