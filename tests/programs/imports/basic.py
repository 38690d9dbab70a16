import sys

print("before:", "lib.shapes" in sys.modules, "lib" in sys.modules)
import lib.shapes

print("after:", "lib.shapes" in sys.modules, "lib" in sys.modules)
print(lib.VERSION, lib.shapes.UNIT, lib.shapes.circle_area(2))

s = lib.shapes.Square(3)
print(s, s.area(), type(s))
print(lib.shapes.Square.__module__, lib.shapes.Square.__qualname__, lib.shapes.Cube)
print(lib.shapes.Cube(2).volume(), isinstance(lib.shapes.Cube(1), lib.shapes.Square))

import lib.shapes as shapes

print(shapes is lib.shapes, shapes.__name__, type(shapes).__name__)

from lib.shapes import Square, scaled as scale

print(Square is shapes.Square, scale(5))

# Assigning module attributes from outside changes what the module's functions see.
shapes.UNIT = 3
print(scale(5), s.area(), shapes.UNIT)
shapes.added = "set from main"
print(shapes.added)
print("created:", shapes.created)

from lib import shapes as same

print(same is shapes, sys.modules["lib.shapes"] is shapes)

try:
    shapes.missing
except AttributeError as e:
    print("AttributeError:", e)

try:
    from lib.shapes import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    from lib import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

print(__name__)
