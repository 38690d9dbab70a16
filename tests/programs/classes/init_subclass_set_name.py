# __init_subclass__ keywords through several bases, and __set_name__ of classes made by
# calling type or a metaclass.
class Base1:
    def __init_subclass__(cls, a=None, **kw):
        print("Base1", cls.__name__, a, sorted(kw))
        super().__init_subclass__(**kw)

class Base2:
    def __init_subclass__(cls, b=None, **kw):
        print("Base2", cls.__name__, b, sorted(kw))
        super().__init_subclass__(**kw)

class Child(Base1, Base2, a=1, b=2):
    pass

class GrandChild(Child, b=3):
    pass

try:
    class Bad(Base1, Base2, a=1, c=3):
        pass
except TypeError as e:
    print("TypeError:", e)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return "desc " + self.name

T = type("T", (object,), {"attr": Desc(), "other": Desc(), "plain": 1})
print(T().attr, T.other)

class Meta(type):
    pass
U = Meta("U", (T,), {"more": Desc()})
print(U().more, U().attr, type(U).__name__)

class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    type("V", (), {"f": Failing()})
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
