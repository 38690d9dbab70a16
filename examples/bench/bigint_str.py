# Decimal conversion of a 100,000-digit int (by default), both ways: int(str) and str(int),
# which are quadratic in CPython 3.8.
# Arguments: [TENS_OF_DIGITS [--timings]] (times go to stderr).
import sys
import time

sys.set_int_max_str_digits(0)
text = "1234567890" * (int(sys.argv[1]) if len(sys.argv) > 1 else 10000)

start = time.perf_counter()
n = int(text)
parsed = time.perf_counter()
back = str(n)
printed = time.perf_counter()

assert back == text
print(len(back), n % 1000003)
if sys.argv[2:] == ["--timings"]:
    print("int(str): %.1f ms" % ((parsed - start) * 1000), file=sys.stderr)
    print("str(int): %.1f ms" % ((printed - parsed) * 1000), file=sys.stderr)
