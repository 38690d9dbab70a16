# PEP 560: a base that is not a class stands for the classes its __mro_entries__ returns.


class Base:
    def hello(self):
        return "hello from Base"


class Mixin:
    pass


class Stand:
    def __init__(self, *classes):
        self.classes = classes

    def __mro_entries__(self, bases):
        print("mro_entries of", len(bases), "bases")
        return self.classes

    def __instancecheck__(self, obj):
        return isinstance(obj, self.classes)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.classes)


stand = Stand(Base, Mixin)


class Derived(stand, dict):
    pass


print([c.__name__ for c in Derived.__mro__], Derived().hello())
print(Derived.__orig_bases__[0] is stand, Derived.__orig_bases__[1] is dict)
print(Derived.__bases__, "__orig_bases__" in Base.__dict__)


class Nothing(Stand()):
    pass


print(Nothing.__bases__)
print(isinstance(Derived(), stand), isinstance(3, stand), issubclass(Derived, stand),
      issubclass(int, Stand(int)))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta sees", [b.__name__ for b in bases], "orig" , "__orig_bases__" in ns)
        return super().__new__(mcls, name, bases, ns)


class WithMeta(Stand(Base), metaclass=Meta):
    pass


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class Broken(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, object())
except TypeError as e:
    print("TypeError:", e)
