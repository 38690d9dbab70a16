# Private name mangling inside class bodies (3.8 rules): every `__name` identifier that does
# not end in `__` is spelled `_ClassName__name`, with the class name's leading underscores
# stripped.
import sys

_C__g = "global _C__g"
__g = "global __g"


class C:
    __x = 1
    __y__ = "dunder, not mangled"
    _C__z = "assigned mangled"
    print("body reads", __x, __y__, __z)

    def __f(self):
        return "C.__f"

    def call_f(self):
        return self.__f()

    def globals_seen(self):
        return __g

    def set_local(self):
        __local = 5
        return sorted(k for k in locals())

    def keyword(self, **kwargs):
        return sorted(kwargs)

    def call_keyword(self):
        return self.keyword(__k=1, plain=2)

    def deleted(self):
        __v = 1
        del __v
        try:
            return __v
        except NameError as e:
            return str(e)


c = C()
print(sorted(k for k in vars(C) if k.startswith("_C") or k == "__y__"))
print(c.call_f(), c._C__f(), C._C__x, C._C__z)
print(c.globals_seen())
print(c.set_local())
print(c.call_keyword())
print(c.deleted())
print(hasattr(C, "__x"), hasattr(C, "__f"))


class _Under:
    __a = "leading underscores stripped"

    def get(self):
        return self.__a, __class__.__name__


print(_Under._Under__a, _Under().get())


class ___:
    __b = "all underscores: no mangling"


print(sorted(k for k in vars(___) if k.endswith("b")))


class Outer:
    __o = "outer"

    class Inner:
        __i = "inner"

        def both(self):
            return self.__i

    def nested(self):
        def helper():
            return self.__o

        return helper()

    def lam(self):
        return (lambda: self.__o)()

    def comp(self):
        return [self.__o for _ in range(2)]


print(Outer.Inner._Inner__i, Outer.Inner().both(), Outer().nested(), Outer().lam(), Outer().comp())


class Attrs:
    def __init__(self):
        self.__p = 1
        setattr(self, "__q", 2)

    def read(self):
        return self.__p, getattr(self, "__q"), sorted(vars(self))


print(Attrs().read())


class Imports:
    import sys as __sys
    from sys import maxsize as __maxsize

    def platform_known(self):
        return self.__sys is sys, self.__maxsize == sys.maxsize


print(Imports().platform_known(), sorted(k for k in vars(Imports) if "sys" in k or "max" in k))


class Globals:
    def setg(self):
        global __gg
        __gg = "set through global"


Globals().setg()
print(_Globals__gg)


class Params:
    def f(self, __a, b=2):
        return __a + b

    def g(self, *, __k=10):
        return __k

    def h(self, **__kw):
        return __kw


print(Params().f(1), Params().f(_Params__a=4), Params().g(), Params().g(_Params__k=11))
print(Params.g.__kwdefaults__, Params().h(__kw=1))
try:
    Params().f(__a=1)
except TypeError as e:
    print("TypeError:", e)


class Sub(C):
    def call_parent_private(self):
        try:
            return self.__f()
        except AttributeError as e:
            return str(e)


print(Sub().call_parent_private())


class Forms:
    __n = 1
    __n += 1
    for __i in range(3):
        __n += __i
    __sq = [v * v for v in range(3)]

    class __Ctx:
        def __enter__(self):
            return "entered"

        def __exit__(self, *exc):
            return False

    with __Ctx() as __f:
        pass
    __closed = __f, __Ctx.__name__

    def walrus(self):
        if (__w := 5) > 1:
            return __w

    def caught(self):
        try:
            raise ValueError("v")
        except ValueError as __e:
            return repr(__e)

    def counter(self):
        __c = 0

        def bump():
            nonlocal __c
            __c += 1
            return __c

        bump()
        return bump()

    def unpack(self):
        __a, *__b = [1, 2, 3]
        return __a, __b


f = Forms()
print(Forms._Forms__n, Forms._Forms__i, Forms._Forms__sq, Forms._Forms__closed)
print(f.walrus(), f.caught(), f.counter(), f.unpack())
