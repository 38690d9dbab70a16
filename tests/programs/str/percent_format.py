# printf-style formatting: str % args.

print("%s and %s" % ("this", "that"))
print("%d items cost $%.2f" % (3, 9.5))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%#08x|%#-8x|%+#x|%x|%#x" % (255, 255, 255, -255, -255))
print("%.3d|%.3d|%5.3d|%-6.2d|%08.3d" % (5, -5, 7, 7, 7))
print("%i %u %ld %hd %Lf" % (1, 2, 3, 4, 5.5))
print("%s %r %a" % ("é\n", "é\n", "é\n"))
print("%c%c%c %c" % (72, "i", 0x20AC, True))
print("%5c|%-5c|%05c" % ("x", "y", "z"))
print("%5s|%-5s|%.2s|%5.1s|%-6.3s|" % ("ab", "cd", "xyz", "xyz", "xyz"))
print("%s %s %s" % (None, [1, "a"], (1,)))
print("%s" % ((1, 2),), "%s" % [1, 2], "%r" % {"k": "v"})
print("100%% sure, %d%%" % 50)
print("%*d|%-*d|%*s|%.*f|%*.*f" % (5, 1, 5, 2, -4, "x", 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30})
print("%(a)5.1f|%(b)-4s|%(c)x" % {"a": 2.25, "b": "q", "c": 255})
print("%((nested))s" % {"(nested)": "ok"})
print("no args here" % (), "%s" % {"a": 1}, "plain" % {}, "plain" % [])

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234.5678, 1e16, 1e-5, 1.5e300, 5e-324, 0.5, 99.995, 123456789.0]
for x in floats:
    print(repr(x), "%f|%.2f|%.0f|%#.0f|%10.3f|%-10.1f|%+f" % (x, x, x, x, x, x, x))
    print("   ", "%e|%.2e|%.0e|%#.0e|%E|%12.3e" % (x, x, x, x, x, x))
    print("   ", "%g|%.2g|%.0g|%#g|%G|%.10g|%-12g|%012g" % (x, x, x, x, x, x, x, x))
for x in [float("inf"), float("-inf"), float("nan")]:
    print("%f %e %g %F %E %G %10f %-10f| %010f %+f" % (x, x, x, x, x, x, x, x, x, x))

ints = [0, 1, -1, 7, 255, -255, 65535, 2 ** 40, -(2 ** 70), True, False]
for i in ints:
    print(repr(i), "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%.4d|%e|%.1f" % (i, i, i, i, i, i, i, i, i, i, i, i, i, i))
print("%d %i %u" % (3.99, -3.99, 1e20))
print("%s %d" % ("%d", 5), "%%d" % (), "%.100f" % 1.0)
print("%.60f" % 0.1)
print("%.0f %.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5, -0.5))
print("%.2f %.2f %.2f" % (0.125, 0.375, 2.675))
print("%.15g %.16g %.17g" % (0.1, 0.1, 0.1))
print("%s %s" % (1e16, 1e-5), "%r" % 0.1)
