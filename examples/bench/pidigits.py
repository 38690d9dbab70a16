# The benchmarks game's pidigits: the unbounded spigot for the digits of pi, which spends its
# time in big-int multiplication, addition and floor division.
import sys


def pidigits(count):
    i = k = digits = 0
    k1 = 1
    n1, a, d = 1, 0, 1
    while True:
        k += 1
        t = n1 << 1
        n1 *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n1:
            t, u = divmod(n1 * 3 + a, d)
            u += n1
            if d > u:
                digits = digits * 10 + t
                i += 1
                if i % 10 == 0:
                    print("%010d\t:%d" % (digits, i))
                    digits = 0
                if i >= count:
                    break
                a -= d * t
                a *= 10
                n1 *= 10


pidigits(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
