# complex: repr and str, format(), hash, truth, attributes, equality with ints and floats.

inf = float("inf")
nan = float("nan")

print("-- repr")
values = [1j, 2j, 1.5e3J, 0j, -0j, 1 + 2j, 1 - 2j, complex(-0.0, -0.0), complex(0.0, -0.0),
          complex(-0.0, 0.0), 1e16j, 1e15j, 1e-5j, 1e-4j, 123456789012345678j, 0.1 + 0.2j,
          complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(1, -nan),
          complex(2.5, 1e300), complex(1e-320, 3), 3.0 + 0j, -1.0 + 0j, 1 / 3 + 2 / 3j]
for v in values:
    print(repr(v), str(v), v)
print([1j, 2 + 3j], (0j,), {1j: 2j}, "%s %r" % (1 + 1j, 2j), f"{3j} {4 + 5j!r}")

print("-- format")
c = 1.5 + 2.25j
for spec in ["", "g", ".2f", "10", "<20", "^20", "*>24.3e", "+", "-", " ", "+.1f", "E", "G",
             "n", ".0f", "#.0f", "#g", ".3", ".10g", ",", "_.2f", "30,.2f"]:
    print(repr(spec), repr(format(c, spec)), repr(format(1e6 - 2j, spec)), repr(format(3j, spec)))
print(format(complex(-0.0, 1), ""), format(complex(nan, -inf), ""), format(complex(1, nan), "+"))
print(format(complex(inf, -nan), "F"), format(0j, "f"), format(-0j, ""), format(1e20j, ".3"))
print("{:>12}|{:<12}|{:^12}".format(1j, 1 + 1j, -1j), f"{2 - 3j:.1f}", f"{1j:10.2e}")
for spec in ["d", "%", "s", "010", "0>10", "=10", "x", ".2%"]:
    try:
        print(format(c, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)

print("-- hash")
print(hash(1j), hash(1 + 2j), hash(-1 + 0j), hash(complex(-1, 0)), hash(0j), hash(-0j))
print(hash(2 + 0j) == hash(2), hash(2.5 + 0j) == hash(2.5), hash(complex(inf, nan)))
print(hash(complex(1e300, -1e300)), hash(complex(0.1, 0.2)), hash(complex(-2, -1)))
print(len({1, 1.0, 1 + 0j, True}), {1 + 0j: "a", 1: "b"}, {0j, 0, 0.0, False})

print("-- truth")
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0)))
print(not 0j, 1j or 2, 0j or 3, 1j and 4)

print("-- attributes")
print(c.real, c.imag, c.conjugate(), (3j).real, (3j).imag, (-0j).conjugate(), 1j.conjugate())
print(type(c.real).__name__, type(c), type(1j).__name__, isinstance(1j, complex))
for f in [lambda: c.conjugate(1), lambda: c.foo, lambda: c.real()]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print("-- equality")
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 0j == 1.0, 1j == 1, 1 + 0j != 1, 1j != 1j)
print(2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53, 1j == "1j")
print(complex(nan, 0) == complex(nan, 0), complex(nan, 0) != nan, 0j == 0, -0j == 0.0, 1j == None)
print(10 ** 400 == 1 + 0j, 1 + 0j == True, [1j, 2] == [1j, 2.0 + 0j], 1j in [0, 1j], type(2j))
