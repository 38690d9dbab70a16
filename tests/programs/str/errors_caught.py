# Error messages of str methods and formatting, each caught and shown with its type.


def call0(method):
    try:
        print(repr(method()))
    except Exception as e:
        print(repr(e))


def call1(method, a):
    try:
        print(repr(method(a)))
    except Exception as e:
        print(repr(e))


def call2(method, a, b):
    try:
        print(repr(method(a, b)))
    except Exception as e:
        print(repr(e))


def call3(method, a, b, c):
    try:
        print(repr(method(a, b, c)))
    except Exception as e:
        print(repr(e))


def call4(method, a, b, c, d):
    try:
        print(repr(method(a, b, c, d)))
    except Exception as e:
        print(repr(e))


def percent(template, args):
    try:
        print(repr(template % args))
    except Exception as e:
        print(repr(e))


def spec(value, format_spec):
    try:
        print(repr(("{:" + format_spec + "}").format(value)))
    except Exception as e:
        print(repr(e))


def template(text, args):
    try:
        print(repr(text.format(args)))
    except Exception as e:
        print(repr(e))


s = "abc"

# Argument counts and types.
call1(s.upper, 1)
call1(s.isdigit, 1)
call0(s.center)
call3(s.center, 1, 2, 3)
call1(s.center, 1.5)
call1(s.center, "x")
call2(s.center, 5, "ab")
call2(s.center, 5, "")
call2(s.ljust, 5, 1)
call1(s.rjust, 10 ** 30)
call0(s.count)
call1(s.count, 1)
call2(s.count, "a", 1.5)
call2(s.count, "a", "x")
call4(s.count, "a", 1, 2, 3)
call1(s.find, None)
call1(s.index, "z")
call1(s.rindex, "z")
call3(s.index, "a", 1, 3)
call1(s.startswith, 1)
call1(s.endswith, ["a"])
call1(s.startswith, ("x", 1))
call1(s.startswith, ("a", 1))
call0(s.startswith)
call1(s.expandtabs, 1.5)
call1(s.expandtabs, "x")
call1(s.expandtabs, 10 ** 30)
call0(s.join)
call1(s.join, 1)
call1(s.join, [1])
call1(s.join, ["a", "b", 3])
call1(s.join, ("a", None))
call1(s.strip, 1)
call1(s.lstrip, 1)
call1(s.rstrip, 1)
call2(s.strip, "a", "b")
call1(s.partition, 1)
call1(s.partition, "")
call1(s.rpartition, "")
call2(s.replace, 1, "a")
call2(s.replace, "a", 1)
call3(s.replace, "a", "b", 1.5)
call1(s.replace, "a")
call1(s.split, 1)
call1(s.split, "")
call1(s.rsplit, "")
call3(s.split, ",", 1, 2)
call1(s.splitlines, 1.5)
call1(s.splitlines, "x")
call1(s.zfill, "x")
call0(s.zfill)
call1(s.zfill, 10 ** 30)
call0(s.translate)
call1(s.translate, 1)
call1(s.translate, {97: 1.5})
call1(s.translate, {97: 0x110000})
call1(s.translate, {97: -1})
call0(s.format_map)
call1(s.format_map, 1)

try:
    s.upper(x=1)
except TypeError as e:
    print(repr(e))
try:
    s.center(width=5)
except TypeError as e:
    print(repr(e))
try:
    s.count(sub="a")
except TypeError as e:
    print(repr(e))
try:
    s.split(x=1)
except TypeError as e:
    print(repr(e))
try:
    s.split(",", sep=",")
except TypeError as e:
    print(repr(e))
try:
    s.split(maxsplit=1.5)
except TypeError as e:
    print(repr(e))
try:
    s.split(maxsplit="x")
except TypeError as e:
    print(repr(e))
try:
    s.expandtabs(tabsize="x")
except TypeError as e:
    print(repr(e))
try:
    s.splitlines(keepends=[])
except TypeError as e:
    print(repr(e))
try:
    print("abc" % 5)
except TypeError as e:
    print(repr(e))
try:
    print(5 % "abc")
except TypeError as e:
    print(repr(e))

# printf-style formatting.
percent("%d", "x")
percent("%i", None)
percent("%x", 1.5)
percent("%o", "8")
percent("%f", "x")
percent("%e", [1])
percent("%c", 10 ** 30)
percent("%c", -1)
percent("%c", 0x110000)
percent("%c", "ab")
percent("%c", 1.5)
percent("%s %s", ("a",))
percent("%s", ())
percent("%s", ("a", "b"))
percent("abc", 5)
percent("abc", ("x",))
percent("%y", 1)
percent("%y", ())
percent("x %5%", 1)
percent("%", ())
percent("%5", 1)
percent("%.", 1)
percent("abc%", 1)
percent("%(a", {"a": 1})
percent("%(a)", {"a": 1})
percent("%(a)s", 5)
percent("%(a)s", ("a",))
percent("%(a)s", {"b": 1})
percent("%(a)s %s", {"a": 1})
percent("%*d", (5.0, 1))
percent("%.*f", ("2", 1.5))
percent("%*d", (10 ** 30, 1))
percent("%.*f", (10 ** 10, 1.5))
percent("%d", float("inf"))
percent("%d", float("nan"))
percent("%e", 10 ** 400)
percent("%\u00e9", 1)

# Format specs.
spec(1.5, "d")
spec(1, "s")
spec("a", "d")
spec([], "s")
spec(None, ">5")
spec(1, ".2")
spec(1, "+c")
spec(1, "#c")
spec(-1, "c")
spec(2 ** 70, "c")
spec("a", "=5")
spec("a", "05")
spec("a", "+")
spec("a", "#")
spec("a", ",")
spec(1, ",c")
spec(1, "_n")
spec(1, ",x")
spec(1, ",_")
spec(1, "_,")
spec(1, "abc")
spec(1, ".")
spec(1.5, ".f")
spec(1, "99999999999999999999999")
spec(1.0, ".3000000000")
spec(1, "\u00e9")
spec(1, "\x01")
spec(1, ",\u00e9")
spec(10 ** 400, "f")
spec(True, "s")

# Templates.
template("{", 1)
template("}", 1)
template("a}b", 1)
template("{0", 1)
template("{0!}", 1)
template("{0!r", 1)
template("{0!rs}", 1)
template("{0!x}", 1)
template("{0!\u00e9}", 1)
template("{a{b}c}", 1)
template("{0.}", 1)
template("{0[]}", [1])
template("{0[0]x}", [1])
template("{0[0", [1])
template("{:{:{}}}", 1)
template("{} {0}", 1)
template("{0} {}", 1)
template("{1}", 1)
template("{} {}", 1)
template("{a}", 1)
template("{0.missing}", 1)
template("{0[5]}", [1])
template("{0[x]}", [1])
template("{0[x]}", {"y": 1})
template("{99999999999999999999}", 1)
template("{:d}", "x")
template("{[}", 1)
template("{0:}}", 1)
try:
    print("{}".format_map({}))
except ValueError as e:
    print(repr(e))
try:
    print("{a}".format_map({}))
except KeyError as e:
    print(repr(e))
try:
    print("{a}".format_map([]))
except TypeError as e:
    print(repr(e))
