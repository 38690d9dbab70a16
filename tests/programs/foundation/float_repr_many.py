# repr of 10,000 pseudo-random floats across magnitudes (a linear congruential generator keeps
# the program deterministic).
state = 12345
for i in range(10000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    mantissa = (state >> 11) / 9007199254740992
    exponent = (state % 617) - 308
    value = mantissa * 10.0 ** exponent if -300 < exponent < 300 else mantissa * 2.0 ** (exponent * 3)
    if state % 2:
        value = -value
    print(repr(value))
