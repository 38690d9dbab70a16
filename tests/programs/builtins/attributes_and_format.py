class Point:
    def __init__(self, x):
        self.x = x


p = Point(3)
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 4)
print(p.y, getattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(255, "#x"))
for bad in [lambda: getattr(p, 1), lambda: getattr(p, "missing"), lambda: format(1, 2), lambda: delattr(p, "nope")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
