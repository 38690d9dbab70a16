"""Classes whose __init__, __repr__, comparisons and hash are generated from their annotated
fields (PEP 557).

pylift compiles programs ahead of time and has no exec(), so the generated methods are
closures over the class's fields that bind their arguments themselves, with the messages
CPython's generated code would give.
"""

import sys

from _mappingproxy import mappingproxy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


_EMPTY_METADATA = mappingproxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else mappingproxy(metadata))
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self._field_type))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is True, the field will be a parameter to the class's __init__()
    function.  If repr is True, the field will be included in the
    object's repr().  If hash is True, the field will be included in
    the object's hash().  If compare is True, the field will be used
    in comparison functions.  metadata, if specified, must be a
    mapping which is stored but not otherwise examined by dataclass.

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _quoted_names(names):
    """'a', 'a' and 'b', 'a', 'b', and 'c': how CPython lists missing arguments."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_init_arguments(params, args, kwargs):
    """Binds a call of a generated __init__(self, *params) like CPython binds the parameters
    of a compiled function: a dict from parameter name to value, defaults not yet applied."""
    npos = len(params) + 1
    given = len(args) + 1
    if given > npos:
        required = sum(1 for f in params if not _has_default(f)) + 1
        if required < npos:
            takes = 'from %d to %d positional arguments' % (required, npos)
        else:
            takes = '%d positional argument%s' % (npos, '' if npos == 1 else 's')
        raise TypeError('__init__() takes %s but %d %s given'
                        % (takes, given, 'was' if given == 1 else 'were'))
    bound = {}
    for f, value in zip(params, args):
        bound[f.name] = value
    names = [f.name for f in params]
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError("__init__() got an unexpected keyword argument '%s'" % name)
        if name in bound:
            raise TypeError("__init__() got multiple values for argument '%s'" % name)
        bound[name] = value
    missing = [f.name for f in params if f.name not in bound and not _has_default(f)]
    if missing:
        raise TypeError('__init__() missing %d required positional argument%s: %s'
                        % (len(missing), '' if len(missing) == 1 else 's',
                           _quoted_names(missing)))
    return bound


def _init_fn(fields, frozen, has_post_init):
    seen_default = False
    for f in fields:
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    params = [f for f in fields if f.init]
    # The frozen class's own __setattr__ refuses every assignment.
    assign = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        bound = _bind_init_arguments(params, args, kwargs)
        init_vars = []
        for f in fields:
            if f.init:
                if f.name in bound:
                    value = bound[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                # Not initialised here: the class attribute holds its default, if any.
                continue
            if f._field_type is _FIELD_INITVAR:
                init_vars.append(value)
            else:
                assign(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)
    return __init__


# The recursion guard of generated reprs: the ids of the objects being represented.
_repr_running = set()


def _repr_fn(fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            shown = ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in fields)
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, shown)
    return __repr__


def _field_values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _compare_fn(name, fields):
    def compare(self, other):
        if other.__class__ is self.__class__:
            mine = _field_values(self, fields)
            theirs = _field_values(other, fields)
            if name == '__eq__':
                return mine == theirs
            if name == '__lt__':
                return mine < theirs
            if name == '__le__':
                return mine <= theirs
            if name == '__gt__':
                return mine > theirs
            return mine >= theirs
        return NotImplemented
    return compare


def _hash_fn(fields):
    def __hash__(self):
        return hash(_field_values(self, fields))
    return __hash__


def _frozen_fns(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _generated(name, fn):
    """Names a generated method as 3.8 names the functions it makes with exec()."""
    fn.__name__ = name
    fn.__qualname__ = '__create_fn__.<locals>.' + name
    return fn


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class defines it itself; returns whether it was defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _generated(name, value))
    return False


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _is_classvar(annotation, cls):
    """Whether annotation is typing.ClassVar, subscripted or not, or a string that names it
    (as "ClassVar[...]" or "typing.ClassVar[...]") in cls's module; only a program that
    imported typing can have one."""
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if isinstance(annotation, str):
        module = sys.modules.get(cls.__module__)
        namespace = module.__dict__ if module is not None else {}
        head = annotation.split('[', 1)[0].replace(' ', '').split('.')
        if len(head) == 1:
            return namespace.get(head[0]) is typing.ClassVar
        return len(head) == 2 and namespace.get(head[0]) is typing and head[1] == 'ClassVar'
    return annotation is typing.ClassVar or (type(annotation) is typing._GenericAlias
                                             and annotation.__origin__ is typing.ClassVar)


def _get_field(cls, name, annotation):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is _FIELD_CLASSVAR and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD_INITVAR and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


# What __hash__ becomes, by (unsafe_hash, eq, frozen, has_explicit_hash): None leaves the
# class alone, 'none' makes instances unhashable, 'add' hashes the compared fields.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return 'raise' if has_explicit_hash else 'add'
    if not eq or has_explicit_hash:
        return None
    return 'add' if frozen else 'none'


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(fields):
    """What inspect.signature shows for the generated __init__, without its `self`."""
    parts = []
    for f in fields:
        if not f.init:
            continue
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        parts.append(text)
    return '(%s)' % ', '.join(parts)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases come first, the most basic first, overridden by name.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = [_get_field(cls, name, annotation)
                  for name, annotation in annotations.items()]
    for f in own_fields:
        fields[f.name] = f
        # The class attribute was the Field: it becomes the default, or goes.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    if init:
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_fields, frozen, hasattr(cls, _POST_INIT_NAME)))

    field_list = [f for f in all_fields if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))

    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _compare_fn('__eq__', compared))

    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _compare_fn(name, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for name, fn in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'raise':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _generated('__hash__', _hash_fn(hashed))

    if not getattr(cls, '__doc__') and init:
        cls.__doc__ = cls.__name__ + _signature_text(all_fields)

    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False):
    """Returns the same class as was passed in, with dunder methods
    added based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If
    repr is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method function is added. If frozen is true, fields may
    not be assigned to after instance creation.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory):
    """The value asdict() and astuple() put in place of obj: dataclass instances become
    `factory` of their fields, containers are converted item by item."""
    if _is_dataclass_instance(obj):
        converted = [(f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)]
        if factory[0] == 'dict':
            return factory[1](converted)
        return factory[1]([value for _, value in converted])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, factory) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, factory) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(key, factory), _convert(value, factory))
                         for key, value in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, ('dict', dict_factory))


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, ('tuple', tuple_factory))


# Python 3.8's keywords (the keyword module's kwlist).
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.

      C = make_dataclass('C', ['x', ('y', int), ('z', int, field(init=False))], bases=(Base,))

    is equivalent to:

      @dataclass
      class C(Base):
          x: 'typing.Any'
          y: int
          z: int = field(init=False)

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, and frozen are passed to
    dataclass().
    """
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            annotation = 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation
    namespace['__annotations__'] = annotations
    # 3.8 makes the class with types.new_class, whose module the class then names.
    namespace.setdefault('__module__', 'types')
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen)


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
