# 3.8's RuntimeError when a metaclass does not pass __classcell__ on to type.__new__.
class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


print("before")


class Q(metaclass=Drop):
    def f(self):
        return super().f()
