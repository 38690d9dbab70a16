"""Type hints (PEP 484 and its successors), as Python 3.8's typing module presents them.

Subscripting a special form or a generic alias (List[int], Union[int, str], Stack[T]) makes a
_GenericAlias that records __origin__ and __args__; aliases compare and hash by those and print
as CPython 3.8 prints them. Classes derive from aliases through __mro_entries__ (PEP 560), and
Generic gives a class its __parameters__ from the type variables of its bases. With no eval,
get_type_hints resolves a string annotation only when it names a (dotted) global or builtin.
"""

import collections
import collections.abc
import contextlib
import functools
import sys
from abc import ABCMeta, abstractmethod

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal', 'Optional',
    'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'IO', 'TextIO', 'BinaryIO',
    'AnyStr', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'overload', 'runtime_checkable',
    'Text', 'TYPE_CHECKING',
]

_NoneType = type(None)


def _type_check(arg, msg):
    """arg as a type for an annotation (None becomes NoneType), or TypeError with msg."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm) and arg._name in ('Any', 'NoReturn'):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ForwardRef)):
        return arg
    if not callable(arg):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _type_repr(obj):
    """How an argument shows inside an alias's repr: classes by qualified name (builtins bare),
    ... as ..., functions by name."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _collect_type_vars(types):
    """The type variables of types, and of the aliases among them, in first-seen order."""
    tvars = []
    for t in types:
        if isinstance(t, TypeVar):
            if t not in tvars:
                tvars.append(t)
        elif isinstance(t, _GenericAlias) and not t._special:
            for v in t.__parameters__:
                if v not in tvars:
                    tvars.append(v)
    return tuple(tvars)


def _subs_tvars(tp, tvars, subs):
    """tp with each of tvars replaced by its counterpart in subs."""
    if isinstance(tp, TypeVar):
        for var, sub in zip(tvars, subs):
            if tp == var:
                return sub
        return tp
    if not isinstance(tp, _GenericAlias) or not tp.__parameters__:
        return tp
    new_args = tuple(_subs_tvars(arg, tvars, subs) for arg in tp.__args__)
    if tp.__origin__ is Union:
        return Union[new_args]
    return tp.copy_with(new_args)


def _check_generic(cls, parameters):
    """Raises TypeError unless cls takes exactly as many parameters as it is given."""
    if not cls.__parameters__:
        raise TypeError(f"{cls} is not a generic class")
    actual = len(parameters)
    expected = len(cls.__parameters__)
    if actual != expected:
        raise TypeError(f"Too {'many' if actual > expected else 'few'} parameters for {cls};"
                        f" actual {actual}, expected {expected}")


def _remove_dups_flatten(parameters):
    """The members of a Union: nested Unions spliced in, duplicates dropped."""
    flat = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


class _Final:
    """The base of typing's own objects, which cannot be subclassed."""

    def __init_subclass__(cls, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Typing's objects are their own copies."""

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _SpecialForm(_Final, _Immutable, _root=True):
    """Any, NoReturn, ClassVar, Final, Union, Optional and Literal: names that mean something
    only to type checkers, each subscripted by its own rule."""

    def __init__(self, name):
        self._name = name

    def __eq__(self, other):
        if not isinstance(other, _SpecialForm):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash((self._name,))

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._name in ('ClassVar', 'Final'):
            item = _type_check(parameters, f'{self._name} accepts only single type.')
            return _GenericAlias(self, (item,))
        if self._name == 'Union':
            if parameters == ():
                raise TypeError("Cannot take a Union of no types.")
            if not isinstance(parameters, tuple):
                parameters = (parameters,)
            msg = "Union[arg, ...]: each arg must be a type."
            parameters = tuple(_type_check(p, msg) for p in parameters)
            parameters = _remove_dups_flatten(parameters)
            if len(parameters) == 1:
                return parameters[0]
            return _GenericAlias(self, parameters)
        if self._name == 'Optional':
            arg = _type_check(parameters, "Optional[t] requires a single type.")
            return Union[arg, _NoneType]
        if self._name == 'Literal':
            return _GenericAlias(self, parameters)
        raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')


class ForwardRef(_Final, _root=True):
    """A string annotation, kept unevaluated."""

    def __init__(self, arg, is_argument=True):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class TypeVar(_Final, _Immutable, _root=True):
    """A type variable: T = TypeVar('T'), optionally bound to a class or constrained to
    several; shown as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None
        self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _GenericAlias(_Final, _root=True):
    """A subscripted generic (List[int], Union[int, str], Stack[T]) or, when _special, one of
    typing's names for a generic class (List, Dict); _inst says whether calling it makes an
    instance of the origin."""

    def __init__(self, origin, params, *, inst=True, special=False, name=None):
        self._inst = inst
        self._special = special
        if special and name is None:
            name = origin.__name__
        self._name = name
        if not isinstance(params, tuple):
            params = (params,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else
                              () if a is _TypingEmpty else
                              a for a in params)
        self.__parameters__ = _collect_type_vars(params)
        if not name:
            self.__module__ = origin.__module__

    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params)
        return _subs_tvars(self, self.__parameters__, params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        if (self._name != 'Callable' or len(self.__args__) == 2 and self.__args__[0] is ...):
            if self._name:
                name = 'typing.' + self._name
            else:
                name = _type_repr(self.__origin__)
            if not self._special:
                args = f'[{", ".join(_type_repr(a) for a in self.__args__)}]'
            else:
                args = ''
            return name + args
        if self._special:
            return 'typing.Callable'
        params = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{params}], {_type_repr(self.__args__[-1])}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ != other.__origin__:
            return False
        if self.__origin__ is Union and other.__origin__ is Union:
            return frozenset(self.__args__) == frozenset(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self._name.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:
            entries = []
            if self.__origin__ not in bases:
                entries.append(self.__origin__)
            later = bases[bases.index(self) + 1:]
            if not any(isinstance(b, _GenericAlias) or issubclass(b, Generic) for b in later):
                entries.append(Generic)
            return tuple(entries)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and
                                                  attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst',
                                                                       '_special'):
            super().__setattr__(attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._special:
            if not isinstance(cls, _GenericAlias):
                return issubclass(cls, self.__origin__)
            if cls._special:
                return issubclass(cls.__origin__, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")


class _TypingEmpty:
    """Stands for () in Tuple[()], whose arguments would otherwise be empty."""


class _TypingEllipsis:
    """Stands for ... in Callable[..., T] and Tuple[T, ...]."""


class _VariadicGenericAlias(_GenericAlias, _root=True):
    """Tuple and Callable, which take a variable number of parameters."""

    def __getitem__(self, params):
        if self.__origin__ is tuple and self._special:
            return self._subscript_tuple(params)
        if self.__origin__ is collections.abc.Callable and self._special:
            return self._subscript_callable(params)
        return super().__getitem__(params)

    def _subscript_tuple(self, params):
        if params == ():
            return self.copy_with((_TypingEmpty,))
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return self.copy_with((_type_check(params[0], msg), _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))

    def _subscript_callable(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            result = _type_check(result, "Callable[..., T]: T must be a type.")
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, list):
            raise TypeError(f"Callable[args, result]: args must be a list."
                            f" Got {args}")
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        args = tuple(_type_check(a, msg) for a in args)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return self.copy_with(args + (result,))

    def copy_with(self, params):
        return _VariadicGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class Generic:
    """The base of generic classes: class Stack(Generic[T]) makes Stack[int] an alias whose
    instances are Stacks."""

    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            _check_generic(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_type_vars(cls.__orig_bases__)
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in tvars if t not in declared]
                if missing:
                    listed = ", ".join(str(t) for t in declared)
                    raise TypeError(f"Some type variables ({', '.join(str(t) for t in missing)})"
                                    f" are not listed in Generic[{listed}]")
                tvars = declared
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()


_PROTOCOL_BOOKKEEPING = frozenset((
    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__parameters__',
    '__origin__', '__orig_bases__', '__doc__', '__subclasshook__', '__init__', '__new__',
    '__module__', '__qualname__'))


def _protocol_attrs(cls):
    """The names a protocol class declares: its own and its protocol bases' attributes and
    annotations, less the bookkeeping every class has."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_BOOKKEEPING:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    """Lets isinstance() accept an instance of any class that has a runtime protocol's
    attributes."""

    def __instancecheck__(cls, instance):
        if cls._is_protocol and getattr(cls, '_is_runtime_protocol', False):
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class deriving from Protocol describes the methods
    its implementations have; with @runtime_checkable, isinstance() checks for them."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, collections.abc.Mapping) and
                            attr in annotations and
                            isinstance(other, _ProtocolMeta) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol:
            cls.__init__ = _no_init


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Marks a protocol class as one isinstance() and issubclass() may check against."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# The type variables of the special aliases below, and AnyStr.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


def _alias(origin, params, inst=True, name=None):
    return _GenericAlias(origin, params, special=True, inst=inst, name=name)


Hashable = _alias(collections.abc.Hashable, ())
Awaitable = _alias(collections.abc.Awaitable, T_co)
Coroutine = _alias(collections.abc.Coroutine, (T_co, T_contra, V_co))
AsyncIterable = _alias(collections.abc.AsyncIterable, T_co)
AsyncIterator = _alias(collections.abc.AsyncIterator, T_co)
Iterable = _alias(collections.abc.Iterable, T_co)
Iterator = _alias(collections.abc.Iterator, T_co)
Reversible = _alias(collections.abc.Reversible, T_co)
Sized = _alias(collections.abc.Sized, ())
Container = _alias(collections.abc.Container, T_co)
Collection = _alias(collections.abc.Collection, T_co)
Callable = _VariadicGenericAlias(collections.abc.Callable, (), special=True)
AbstractSet = _alias(collections.abc.Set, T_co, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, T)
Mapping = _alias(collections.abc.Mapping, (KT, VT_co))
MutableMapping = _alias(collections.abc.MutableMapping, (KT, VT))
Sequence = _alias(collections.abc.Sequence, T_co)
MutableSequence = _alias(collections.abc.MutableSequence, T)
ByteString = _alias(collections.abc.ByteString, ())
Tuple = _VariadicGenericAlias(tuple, (), inst=False, special=True, name='Tuple')
List = _alias(list, T, inst=False, name='List')
Deque = _alias(collections.deque, T, name='Deque')
Set = _alias(set, T, inst=False, name='Set')
FrozenSet = _alias(frozenset, T_co, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, T_co)
KeysView = _alias(collections.abc.KeysView, KT)
ItemsView = _alias(collections.abc.ItemsView, (KT, VT_co))
ValuesView = _alias(collections.abc.ValuesView, VT_co)
Dict = _alias(dict, (KT, VT), inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, (KT, VT), name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, (KT, VT), name='OrderedDict')
Counter = _alias(collections.Counter, T, name='Counter')
ChainMap = _alias(collections.ChainMap, (KT, VT), name='ChainMap')
Generator = _alias(collections.abc.Generator, (T_co, T_contra, V_co))
AsyncGenerator = _alias(collections.abc.AsyncGenerator, (T_co, T_contra))
Type = _alias(type, CT_co, inst=False, name='Type')


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


ContextManager = _alias(contextlib.AbstractContextManager, T_co, name='ContextManager')
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, T_co,
                             name='AsyncContextManager')


class IO(Generic[AnyStr]):
    """The type of file objects, for annotations (open() returns a TextIO or a BinaryIO)."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of files opened in binary mode."""

    __slots__ = ()


class TextIO(IO[str]):
    """The type of files opened in text mode."""

    __slots__ = ()


# ----- NamedTuple and TypedDict -----

_PROHIBITED_FIELDS = ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                      '_field_defaults', '_field_types', '_make', '_replace', '_asdict',
                      '_source')
_SPECIAL_NAMES = ('__module__', '__name__', '__annotations__')


def _make_nmtuple(name, types, module, defaults=()):
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    types = [(n, _type_check(t, msg)) for n, t in types]
    tuple_class = collections.namedtuple(name, [n for n, t in types], defaults=defaults,
                                         module=module)
    tuple_class.__annotations__ = tuple_class._field_types = dict(types)
    return tuple_class


class NamedTupleMeta(type):
    """Turns a class body of annotated fields into a namedtuple with those field types."""

    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        defaulted = []
        for field_name in types:
            if field_name in ns:
                defaulted.append(field_name)
            elif defaulted:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow"
                                f" default field(s) {', '.join(defaulted)}")
        defaults = tuple(ns[name] for name in defaulted)
        tuple_class = _make_nmtuple(typename, types.items(), ns['__module__'], defaults)
        for key in ns:
            if key in _PROHIBITED_FIELDS:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL_NAMES and key not in tuple_class._fields:
                setattr(tuple_class, key, ns[key])
        return tuple_class


class NamedTuple(metaclass=NamedTupleMeta):
    """A typed namedtuple: a class body of annotated fields (with defaults), or
    NamedTuple('Name', [('field', type), ...])."""

    _root = True

    def __new__(*args, **kwargs):
        if not args:
            raise TypeError('NamedTuple.__new__(): not enough arguments')
        cls, *args = args
        if args:
            typename, *args = args
        elif 'typename' in kwargs:
            typename = kwargs.pop('typename')
        else:
            raise TypeError("NamedTuple.__new__() missing 1 required positional "
                            "argument: 'typename'")
        if args:
            fields, *args = args
            if args:
                raise TypeError(f'NamedTuple.__new__() takes from 2 to 3 positional'
                                f' arguments but {len(args) + 2} were given')
        elif 'fields' in kwargs and len(kwargs) == 1:
            fields = kwargs.pop('fields')
        else:
            fields = None
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
        return _make_nmtuple(typename, fields, module)


def _typeddict_new(cls, *args, total=True, **kwargs):
    if cls is TypedDict:
        typename, fields = args
        ns = {'__annotations__': dict(fields),
              '__module__': sys._getframe(1).f_globals.get('__name__', '__main__')}
        return _TypedDictMeta(typename, (), ns, total=total)
    return dict(*args, **kwargs)


class _TypedDictMeta(type):
    """Makes a TypedDict class: a dict subclass that records its keys' types, whose calls
    make plain dicts."""

    def __new__(cls, name, bases, ns, total=True):
        ns['__new__'] = _typeddict_new
        td_class = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(own)
        td_class.__annotations__ = annotations
        if not hasattr(td_class, '__total__'):
            td_class.__total__ = total
        return td_class

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict whose keys have declared types; its instances are plain dicts."""


# ----- functions -----

def cast(typ, val):
    """Returns val unchanged: a cast tells only the type checker."""
    return val


def NewType(name, tp):
    """A distinct type for type checkers, which at run time is a function returning its
    argument."""

    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition that follows
    replaces it."""
    return _overload_dummy


def final(f):
    """Marks a method or class final, for type checkers."""
    return f


def no_type_check(arg):
    """Marks a function (or every function of a class) as not to be type checked."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, type(no_type_check)):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results no_type_check'ed."""

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return wrapped_decorator


# The builtins a string annotation may name: pylift has no builtins module to look them up in.
_BUILTIN_TYPES = {t.__name__: t for t in (
    object, type, int, float, complex, bool, str, bytes, bytearray, memoryview, list, tuple,
    dict, set, frozenset, range, slice, BaseException, Exception)}


def _resolve_annotation(value, namespace):
    """An annotation as get_type_hints returns it: None as NoneType, and a string written as
    names, subscripts, lists and ... (what annotations are made of) as what it denotes; other
    strings stay ForwardRefs, as there is no eval."""
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if (isinstance(value, _GenericAlias) and not value._special
            and value.__origin__ is not Literal):
        args = tuple(_resolve_annotation(arg, namespace) for arg in value.__args__)
        if args == value.__args__:
            return value
        if value.__origin__ is Union:
            return Union[args]
        return value.copy_with(args)
    if not isinstance(value, str):
        return value
    tokens = _tokenize_annotation(value)
    if tokens is None:
        return ForwardRef(value)
    result, position = _parse_annotation(tokens, 0, namespace)
    if position != len(tokens):
        return ForwardRef(value)
    return _resolve_annotation(result, namespace)


def _tokenize_annotation(text):
    """The names, '...' and punctuation of a string annotation, or None when it has anything
    else."""
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c in '[],':
            tokens.append(c)
            i += 1
        elif text.startswith('...', i):
            tokens.append('...')
            i += 3
        elif c.isidentifier():
            j = i + 1
            while j < len(text) and (text[j].isidentifier() or text[j].isdigit()
                                     or text[j] == '.' and text[j + 1:j + 2].isidentifier()):
                j += 1
            tokens.append(text[i:j])
            i = j
        else:
            return None
    return tokens


def _parse_annotation(tokens, position, namespace):
    """The object the annotation starting at tokens[position] denotes, and the position after
    it."""
    if position >= len(tokens):
        raise SyntaxError('unexpected EOF while parsing')
    token = tokens[position]
    if token == '...':
        return ..., position + 1
    if token == '[':
        items, position = _parse_annotation_list(tokens, position + 1, namespace)
        return items, position
    if token in '],':
        raise SyntaxError('invalid syntax')
    obj = _lookup_name(token, namespace)
    position += 1
    while position < len(tokens) and tokens[position] == '[':
        items, position = _parse_annotation_list(tokens, position + 1, namespace)
        obj = obj[items[0] if len(items) == 1 else tuple(items)]
    return obj, position


def _parse_annotation_list(tokens, position, namespace):
    """The comma-separated annotations up to the ']' that closes a '[' (as a list), and the
    position after it."""
    items = []
    while True:
        item, position = _parse_annotation(tokens, position, namespace)
        items.append(item)
        if position >= len(tokens):
            raise SyntaxError('unexpected EOF while parsing')
        if tokens[position] == ']':
            return items, position + 1
        if tokens[position] != ',':
            raise SyntaxError('invalid syntax')
        position += 1


def _lookup_name(dotted, namespace):
    parts = dotted.split('.')
    if parts[0] in namespace:
        obj = namespace[parts[0]]
    elif parts[0] in _BUILTIN_TYPES:
        obj = _BUILTIN_TYPES[parts[0]]
    elif parts[0] == 'None':
        obj = None
    else:
        raise NameError(f"name '{parts[0]}' is not defined")
    for part in parts[1:]:
        obj = getattr(obj, part)
    return obj


def get_type_hints(obj, globalns=None, localns=None):
    """The annotations of a class (its MRO's, base first), module or function, with None as
    NoneType and a parameter defaulting to None made Optional."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = module.__dict__ if module is not None else {}
            else:
                base_globals = globalns
            namespace = _scope(base_globals, localns)
            annotations = base.__dict__.get('__annotations__', {})
            for name, value in annotations.items():
                hints[name] = _resolve_annotation(value, namespace)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type(sys), type(cast), type(len))):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    defaults = _none_defaults(obj)
    namespace = _scope(globalns, localns)
    hints = dict(hints)
    for name, value in hints.items():
        value = _resolve_annotation(value, namespace)
        if name in defaults:
            value = Optional[value]
        hints[name] = value
    return hints


def _scope(globalns, localns):
    """The names a string annotation may use: localns's over globalns's."""
    if not localns:
        return globalns
    namespace = dict(globalns)
    namespace.update(localns)
    return namespace


def _none_defaults(func):
    """The names of func's parameters whose default is None."""
    code = getattr(func, '__code__', None)
    if code is None:
        return set()
    names = set()
    positional = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    for name, value in zip(positional[len(positional) - len(defaults):], defaults):
        if value is None:
            names.add(name)
    for name, value in (func.__kwdefaults__ or {}).items():
        if value is None:
            names.add(name)
    return names


def get_origin(tp):
    """The unsubscripted class or special form of an alias (list for List[int], Union for
    Optional[int]), Generic for Generic itself, else None."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted alias, with Callable's parameters as a list; () for
    anything else."""
    if isinstance(tp, _GenericAlias) and not tp._special:
        args = tp.__args__
        if get_origin(tp) is collections.abc.Callable and args[0] is not Ellipsis:
            args = (list(args[:-1]), args[-1])
        return args
    return ()


Text = str
TYPE_CHECKING = False
