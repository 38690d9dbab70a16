# Big ints at the sign edges: floor division and modulo, shifts, bitwise operations (two's
# complement), to_bytes/from_bytes, hex/oct/bin and three-argument pow.

values = [0, 1, -1, 7, -7, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 63) - 1, 2 ** 64, -(2 ** 64),
          2 ** 64 - 1, -(2 ** 64) + 1, 3 ** 50, -(3 ** 50), 2 ** 128 + 12345, -(2 ** 128) - 12345,
          10 ** 40, -(10 ** 40)]

print("-- floor division and modulo")
divisors = [1, -1, 3, -3, 2 ** 32, -(2 ** 32), 2 ** 64 + 1, -(2 ** 64) - 1, 7 ** 30, -(7 ** 30)]
for x in values:
    for y in divisors:
        q, r = divmod(x, y)
        assert q == x // y and r == x % y and q * y + r == x
        print(x, y, q, r)
print(-(2 ** 100) // 2 ** 50, -(2 ** 100) % 2 ** 50, (2 ** 100) // -(2 ** 50), (2 ** 100) % -(2 ** 50))
print(divmod(-(10 ** 30) - 1, 10 ** 15), divmod(10 ** 30 + 1, -(10 ** 15)))

print("-- shifts")
for x in values:
    print(x, [x >> k for k in (0, 1, 2, 31, 63, 64, 65, 127, 128, 129, 200)])
    print(x, [x << k for k in (0, 1, 63, 64, 100)])
print(-(2 ** 100) >> 100, -(2 ** 100) >> 101, -(2 ** 100) - 1 >> 100, -(2 ** 100) + 1 >> 100)
print(-(2 ** 100) >> 2 ** 70, (2 ** 100) >> 2 ** 70, -1 >> 2 ** 70, 0 << 2 ** 70)
for bad in (lambda: 1 >> -1, lambda: 2 ** 100 << -(2 ** 100), lambda: 1 << 2 ** 70):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print("-- bitwise")
operands = [0, -1, 5, -5, 2 ** 64 - 1, -(2 ** 64), -(2 ** 64) + 1, 2 ** 100 + 2 ** 3, -(2 ** 100) - 3,
            -(2 ** 70) + 2 ** 35]
for x in operands:
    print(x, ~x, [(x & y, x | y, x ^ y) for y in operands])
print(~(2 ** 64), ~-(2 ** 64), -(2 ** 64) & 0xFFFF_FFFF_FFFF_FFFF_FFFF, -(2 ** 128) | 1)

print("-- to_bytes and from_bytes")
for n in [2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 63) - 1, 2 ** 64 - 1, -(2 ** 64), 2 ** 127,
          -(2 ** 127), 2 ** 127 - 1, -(2 ** 127) - 1, 2 ** 128, -(2 ** 128), -(2 ** 128) + 1,
          -(2 ** 128) - 1, 3 ** 100, -(3 ** 100), -(256 ** 20)]:
    for order in ("big", "little"):
        size = (n.bit_length() + 8) // 8
        data = n.to_bytes(size, order, signed=True)
        wide = n.to_bytes(size + 3, order, signed=True)
        print(n, order, data.hex(), wide.hex(), int.from_bytes(data, order, signed=True) == n,
              int.from_bytes(wide, order, signed=True) == n, int.from_bytes(data, order))
        try:
            print(n.to_bytes(size - 1, order, signed=True).hex())
        except OverflowError as e:
            print("OverflowError", e)
        if n >= 0:
            exact = (n.bit_length() + 7) // 8
            print(n.to_bytes(exact, order).hex())
print(int.from_bytes(b"\x80" + b"\x00" * 20, "big", signed=True))
print(int.from_bytes(b"\x00" * 20 + b"\x80", "little", signed=True))
print(int.from_bytes(b"\xff" * 33, "big", signed=True), int.from_bytes(b"\xff" * 33, "big"))
print(int.from_bytes(b"\x00\xff" * 17, "little", signed=True))

print("-- hex, oct, bin, format")
for n in [2 ** 64, -(2 ** 64), -(2 ** 100) - 255, 3 ** 60, -(3 ** 60)]:
    print(hex(n), oct(n), bin(n))
    print(format(n, "x"), format(n, "X"), format(n, "#o"), format(n, "b"), format(n, ","), "%x" % n)

print("-- pow with a modulus")
for b, e, m in [(3, 2 ** 100, 10 ** 20 + 7), (-3, 2 ** 100 + 1, 10 ** 20 + 7), (2 ** 100, 3, -(10 ** 9)),
                (-(2 ** 100), 5, 2 ** 64), (12345, -1, 2 ** 61 - 1), (-12345, -3, 2 ** 89 - 1),
                (2 ** 70, -1, -(10 ** 21 + 1)), (0, 0, 2 ** 70), (5, 10, 1), (5, 10, -1), (7, 0, -5),
                (2 ** 70, 2 ** 70, 2 ** 70)]:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, -1, 2 ** 64), (2 ** 70, -2, 2 ** 71), (3, 5, 0)]:
    try:
        print(pow(b, e, m))
    except ValueError as e:
        print("ValueError", e)
