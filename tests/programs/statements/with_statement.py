class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, repr(exc), type(tb).__name__ if tb is not None else None, tb.tb_lineno if tb is not None else None)
        return self.suppress


with Resource("a") as r:
    print("body", r.name)
with Resource("b", True), Resource("c"):
    raise ValueError("inside")
print("after suppressed")


def early():
    for i in range(3):
        with Resource("loop" + str(i)):
            if i == 1:
                return "returned"
            continue


print(early())
try:
    with Resource("d"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except AttributeError as e:
    print("missing", e)
with Resource("e"):
    raise KeyError("last")
