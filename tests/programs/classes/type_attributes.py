# The attributes of type objects: classes defined in Python and builtin types.
# Not covered: the layout numbers (__basicsize__, __itemsize__, __flags__, __dictoffset__,
# __weakrefoffset__) and __text_signature__, which pylift's types do not carry.
LAYOUT = {'__basicsize__', '__itemsize__', '__flags__', '__dictoffset__', '__weakrefoffset__',
          '__text_signature__'}


class Base:
    "The base."


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


for cls in [Base, Left, Both, WithMeta, int, bool, type, object]:
    print(cls.__name__, cls.__qualname__, cls.__module__)
    print(' mro', cls.__mro__, type.mro(cls) == list(cls.__mro__), type(type.mro(cls)).__name__)
    print(' bases', cls.__bases__, cls.__base__)
    print(' doc', cls.__doc__ if cls.__module__ != 'builtins' else cls.__doc__ is not None)
    print(' dict', type(cls.__dict__).__name__, 'mro' in cls.__dict__)

print(Base.__subclasses__(), Left.__subclasses__(), Both.__subclasses__())
print(type.__subclasses__(Meta), type(Base.__subclasses__()).__name__)
made = type('Made', (Right,), {})
print(Right.__subclasses__())

print(Base.__instancecheck__(Left()), Base.__instancecheck__(1))
print(Base.__subclasscheck__(Both), int.__subclasscheck__(bool), int.__subclasscheck__(str))
print(int.__instancecheck__(True), WithMeta.__instancecheck__(WithMeta()))
print(type(Base.__prepare__()).__name__, Base.__prepare__('X', ()), Meta.__prepare__())
print(Base.__sizeof__ is object.__sizeof__, Base.__init_subclass__(), Base.__subclasshook__())
print(Base.mro.__self__ is Base, Base.__subclasses__.__name__, type.__dict__['mro'].__name__)

for cls in [Base, int]:
    try:
        cls.__abstractmethods__
    except AttributeError as e:
        print('AttributeError', e)

for call in [lambda: type.mro(), lambda: type.__subclasses__(), lambda: Base.mro(1),
             lambda: type.mro(5)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

print([n for n in dir(type) if n not in LAYOUT])
print(dir(int))
print(dir(Both))
print(Both.mro(), WithMeta.mro())


# A metaclass's own methods override type's when read through the class.
class Checking(type):
    def __subclasscheck__(cls, sub):
        return sub is int

    def mro(cls):
        return type.mro(cls)


class Checked(metaclass=Checking):
    pass


print(Checked.__subclasscheck__(int), Checked.__subclasscheck__(str), issubclass(int, Checked))
print(Checked.mro.__func__ is Checking.mro, Checked.__subclasscheck__.__self__ is Checked)
