# The int <-> str conversion limit (CPython 3.8.14+): parsing in every base that is not a power
# of two names the digit count; str() does not; powers of two are free.
import sys


def attempt(f):
    try:
        return f()
    except ValueError as e:
        return "ValueError: " + str(e)


for base in (3, 7, 10, 12, 36):
    print(base, attempt(lambda: int("1" * 4300, base) > 0), attempt(lambda: int("1" * 4301, base)))
for base in (2, 4, 8, 16, 32):
    print(base, attempt(lambda: int("1" * 5000, base).bit_length()))
print(attempt(lambda: int(" -" + "9" * 4301 + " ")), attempt(lambda: int("9_9" * 2000) % 1000))
print(attempt(lambda: int("1_" * 4300 + "1")), attempt(lambda: int("0" * 5000)))
print(attempt(lambda: int("0x" + "f" * 6000, 0).bit_length()), attempt(lambda: int("0o" + "7" * 6000, 0) % 10))
print(attempt(lambda: str(10 ** 4300)), attempt(lambda: len(str(10 ** 4299))), attempt(lambda: len(repr(-10 ** 4299))))
print(attempt(lambda: f"{10 ** 4300:,}"), attempt(lambda: "%d" % -10 ** 4300), len(hex(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(attempt(lambda: int("1" * 5000, 3) % 1000), attempt(lambda: int("1" * 5001, 3)))
sys.set_int_max_str_digits(0)
print(int("5" * 9000, 11) % 1000, len(str(7 ** 12000)))
