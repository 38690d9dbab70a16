# AttributeError messages for missing attributes of classes and of instances.
class A:
    pass
for f in [lambda: A.foo, lambda: int.foo, lambda: type.foo, lambda: A().foo]:
    try:
        f()
    except AttributeError as e:
        print(e)
class M(type):
    pass
class B(metaclass=M):
    pass
try:
    B.bar
except AttributeError as e:
    print(e)
