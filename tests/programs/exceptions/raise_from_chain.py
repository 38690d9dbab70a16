def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        print("caught", e, repr(e), e.args)
        return -1
    finally:
        print("finally", x)

print(f(2), f(0))
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
try:
    [][1]
except (KeyError, IndexError) as err:
    print("tuple caught", err)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner")
except ValueError as v:
    print("ctx", repr(v.__context__), v.__cause__)
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    g()
except KeyError as k:
    print("reraised", k)
assert 1 == 1, "fine"
def h():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("bad") from e
h()
