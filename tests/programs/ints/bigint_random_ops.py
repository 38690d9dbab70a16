# Many pseudo-random pairs of ints of mixed sizes and signs through every int operation; each
# result is printed modulo a prime to keep the output short (a wrong sign or digit still shows).

state = 12345


def next_random():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state


def random_int():
    bits = next_random() % 300
    value = 0
    while bits > 0:
        value = (value << 64) | next_random()
        bits -= 64
    value >>= next_random() % 64
    return -value if next_random() % 2 else value


P = 1000000007


def digest(values):
    return " ".join(str(v % P) if isinstance(v, int) else repr(v) for v in values)


for _ in range(200):
    x, y = random_int(), random_int()
    results = [x + y, x - y, x * y, x & y, x | y, x ^ y, ~x, -y, abs(x), x << (y % 70), x >> (y % 200),
               x == y, x < y, x >= y, hash(x), x.bit_length()]
    if y:
        results += [x // y, x % y, divmod(y, x or 1)[1], pow(x, 3, y), x / y]
        if x % y:
            results.append(pow(x % abs(y) or 1, 2 ** 40 + 1, y))
    results.append(float(x) if x.bit_length() < 1024 else None)
    results.append(int(format(x, "x"), 16) == x and int(format(x, "o"), 8) == x and int(str(x)) == x)
    results.append(int(bin(x), 0) == x and int(oct(y), 0) == y and int(hex(x), 0) == x)
    size = (x.bit_length() + 8) // 8
    results.append(int.from_bytes(x.to_bytes(size, "little", signed=True), "little", signed=True) == x)
    results.append(x.to_bytes(size + 1, "big", signed=True).hex()[-12:])
    print(digest(results))
