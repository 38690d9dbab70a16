x = 42
name = "py"
items = [1, "two", 3.0]
print(f"x={x} name={name!r} {x + 1} {'lit'} {name!s}{x!a}")
print(f"{x=} {name = } {x*2=} {items=}")
print(f"{{braces}} {x}" "plain" f"{name}")
print(f"nested {f'{x}'} {[i for i in items]!r}")
print(f"{'é'!a} {'é'!r} {None} {True} {1.5e300 * 1e10}")


class P:
    def __format__(self, spec):
        return "P<" + spec + ">"

    def __repr__(self):
        return "P()"


print(f"{P()} {P()!r} {P():fancy}")
