print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or "default")
print("value" or "default")
print("" and "x")
print("a" and "b")
print(None or 0)
print(0 or None)
print(None and 1)
print([] or [1])
print([2] or [1])
print({} or "empty dict")
print(0.0 or -0.0)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(0 or "" or [] or "last")
print(0 or "" or None)
print(1 or 2 and 3)
print((1 or 2) and 3)
print(not 1 or 2)
print(False or True, True and False)
calls = 0


def side(v):
    global calls
    calls += 1
    print("  side(" + repr(v) + ")")
    return v


print(side(0) and side(1))
print(side(1) and side(2))
print(side(0) or side(3))
print(side(4) or side(5))
print("calls:", calls)
name = ""
display = name or "anonymous"
print(display)
x = 5
print(x > 3 and "big" or "small")
x = 1
print(x > 3 and "big" or "small")
print(repr(0 and "never"), repr("" or ""))
