# open() in text mode: writing, reading in every way, universal newlines, modes and errors.

NAME = "pylift_open_text.tmp"

with open(NAME, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"), f.write("second línea\n"))
    f.writelines(["third\n", "fourth"])
    print(f.writable(), f.readable())
print(f.closed)

f = open(NAME)
print(repr(f.read()))
f.close()

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(NAME, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))

with open(NAME) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)))
    print(f.readlines(8))

with open(NAME, "a") as f:
    f.write("\nappended")
with open(NAME) as f:
    print(f.read().splitlines())

with open(NAME, "w", newline="") as f:
    f.write("dos\r\nmac\rend")
with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, "w") as f:
    print("via print", 42, sep="|", file=f)
with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, "r+") as f:
    print(repr(f.read()))
    f.write("more")
with open(NAME) as f:
    print(repr(f.read()))


def check(action):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: open("no_such_dir/no_such_file.txt"))
check(lambda: open(NAME, "z"))
check(lambda: open(NAME, "rw"))
check(lambda: open(NAME, "rbt"))
check(lambda: open(NAME, "b"))
check(lambda: open(NAME, "rb", encoding="utf-8"))
check(lambda: open(NAME, "x"))
check(lambda: open(NAME, encoding="no-such-codec"))
f = open(NAME)
check(lambda: f.write("x"))
f.close()
check(lambda: f.read())
check(lambda: f.readline())
check(lambda: f.closed)
g = open(NAME, "w")
check(lambda: g.read())
check(lambda: g.write(b"bytes"))
g.close()

try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
except OSError:
    print("not reached")

e = OSError(2, "custom")
print(type(e).__name__, e, e.args, e.filename)
e = OSError("plain")
print(type(e).__name__, e, e.args, e.errno, e.strerror)
e = OSError(17, "exists", "a", None, "b")
print(type(e).__name__, e, e.args, e.filename, e.filename2)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
with open(NAME, "w") as f:
    f.write("")
