"""Abstract base classes (PEP 3119): ABCMeta, ABC and abstractmethod.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__ (a
frozenset); the runtime refuses to instantiate a class whose __abstractmethods__ is not empty,
as CPython's object.__new__ does. isinstance() and issubclass() also accept the classes
registered with register() and those a __subclasshook__ approves of; both answers are cached
per ABC until a register() anywhere invalidates the negative ones.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """Marks a method abstract: a class made by ABCMeta that has one cannot be instantiated
    until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract class method (deprecated: use classmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract static method (deprecated: use staticmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated: use property over abstractmethod)."""

    __isabstractmethod__ = True


class _abc_data:
    """What an ABC knows about its virtual subclasses."""

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter
        self.subclasses = []


def get_cache_token():
    """A token that changes whenever an ABC registers a virtual subclass."""
    return ABCMeta._abc_invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
            impl = base.__dict__.get('_abc_impl')
            if isinstance(impl, _abc_data):
                impl.subclasses.append(cls)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC, and returns it (a class
        decorator)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError('__subclasshook__ must return either False, True, '
                                     'or NotImplemented')
            (impl.cache if verdict else impl.negative_cache).add(subclass)
            return verdict
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for candidate in list(impl.registry) + impl.subclasses:
            if issubclass(subclass, candidate):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """A helper base: subclassing ABC makes a class with ABCMeta as its metaclass."""
    __slots__ = ()
