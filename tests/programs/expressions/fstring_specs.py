# f-string format specs, nested specs and conversions with specs.
pi = 3.14159265
n = 1234567
width = 12
for spec in ["", ".2f", "10.3f", "<10", ">10", "^10", "+", "e", ".3g", "%"]:
    print(f"[{pi:{spec}}]")
print(f"{n:,} {n:_} {n:x} {n:#o} {n:b} {n:>{width},}")
print(f"{'text':*^{width}} {'text'!r:>10} {3.0=:.1f} {n=:,}")
print(f"{-0.0} {1e16} {1e-5:.3e} {255:#X} {True:d} {None!s:>6}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, count in items:
    print(f"{name:<8}|{price:>6.2f}|{count:03d}|{price * count:8.3f}")
