# What cannot be copied, and the errors copy raises.
import copy


def show(label, f):
    try:
        result = f()
        print(label, type(result).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1


show("copy generator", lambda: copy.copy(gen()))
show("deepcopy generator", lambda: copy.deepcopy(gen()))
show("deepcopy list of generator", lambda: copy.deepcopy([1, gen()]))
show("copy keys", lambda: copy.copy({}.keys()))
show("copy function", lambda: copy.copy(gen))
show("deepcopy function", lambda: copy.deepcopy(gen))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


show("no reduce", lambda: copy.copy(NoReduce()))
show("no reduce deep", lambda: copy.deepcopy(NoReduce()))
try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("caught copy.Error", isinstance(e, copy.error))


class BadReduce:
    def __reduce__(self):
        return (1, 2, 3)


show("bad reduce", lambda: copy.copy(BadReduce()))


class FailingDeepcopy:
    def __deepcopy__(self, memo):
        raise RuntimeError("no deep copies")


show("failing __deepcopy__", lambda: copy.deepcopy({"k": FailingDeepcopy()}))
show("shallow ignores __deepcopy__", lambda: copy.copy(FailingDeepcopy()))


class SlotsNoState:
    __slots__ = ("x",)

    def __reduce__(self):
        return object.__reduce__(self)


show("slots reduce protocol 0", lambda: copy.copy(SlotsNoState()))
