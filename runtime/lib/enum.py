"""Enumerations: Enum, IntEnum, Flag, IntFlag, auto and unique.

EnumMeta's namespace (_EnumDict) records the members in the order the class body defines
them; EnumMeta.__new__ then takes them out of the namespace, makes the class, and makes one
instance of it per distinct value (later names with an equal value are aliases of the first).
Calling an enumeration class looks a member up by value, or with more arguments makes a new
enumeration (the functional API).
"""

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']

MappingProxyType = type(type.__dict__)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


_FUNCTION_TYPE = type(_is_dunder)


def _is_descriptor(obj):
    """Functions, properties and other descriptors in a class body are not members."""
    if isinstance(obj, (_FUNCTION_TYPE, property, classmethod, staticmethod)):
        return True
    kind = type(obj)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


class DynamicClassAttribute:
    """An attribute of the instances that, read on the class, defers to the metaclass's
    __getattr__ (so that members may be named `name` or `value`)."""

    def __init__(self, fget):
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError()
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


class _AutoNull:
    pass


_auto_null = _AutoNull()


class auto:
    """A member value chosen by the enumeration's _generate_next_value_."""
    value = _auto_null


class _EnumDict(dict):
    """The namespace of an enumeration's class body: keeps the member names in order and
    rejects names used twice."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in ('_order_', '_create_pseudo_member_', '_generate_next_value_',
                           '_missing_', '_ignore_'):
                raise ValueError('_names_ are reserved for future Enum use')
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r"
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('Attempted to reuse key: %r' % key)
        elif key in self._ignore:
            pass
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


# Set once Enum itself is made: its own class body is not an enumeration of members.
Enum = None


def _defines(cls, name, stop):
    """Whether a class in cls's MRO before `stop` defines `name` itself."""
    for klass in cls.__mro__:
        if klass is stop:
            return False
        if name in klass.__dict__:
            return True
    return False


class EnumMeta(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases):
        metacls._check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        ignore = list(ignore) + ['_ignore_']
        for key in ignore:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        members = {name: classdict[name] for name in classdict._member_names}
        for name in classdict._member_names:
            del classdict[name]
        order = classdict.pop('_order_', None)

        invalid = set(members) & {'mro', ''}
        if invalid:
            raise ValueError('Invalid enum member name: {0}'.format(','.join(invalid)))

        if '__doc__' not in classdict:
            classdict['__doc__'] = 'An enumeration.'

        enum_class = super().__new__(metacls, cls, bases, dict(classdict))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._member_type_ = member_type
        enum_class._value2member_map_ = {}

        # Members named like the instances' dynamic attributes (name, value) stay out of the
        # class namespace, and are found by __getattr__.
        dynamic = {key for klass in enum_class.__mro__ for key, value in klass.__dict__.items()
                   if isinstance(value, DynamicClassAttribute)}

        for member_name in classdict._member_names:
            value = members[member_name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                enum_member = new(enum_class)
                if not hasattr(enum_member, '_value_'):
                    enum_member._value_ = value
            else:
                enum_member = new(enum_class, *args)
                if not hasattr(enum_member, '_value_'):
                    if member_type is object:
                        enum_member._value_ = value
                    else:
                        enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = member_name
            enum_member.__objclass__ = enum_class
            if _defines(enum_class, '__init__', member_type):
                enum_member.__init__(*args)
            for name, canonical in enum_class._member_map_.items():
                if canonical._value_ == value:
                    enum_member = canonical
                    break
            else:
                enum_class._member_names_.append(member_name)
            if member_name not in dynamic:
                setattr(enum_class, member_name, enum_member)
            enum_class._member_map_[member_name] = enum_member
            try:
                enum_class._value2member_map_[value] = enum_member
            except TypeError:
                pass

        # The enumeration's repr, str and format, not those of the data type it mixes in.
        for name in ('__repr__', '__str__', '__format__'):
            if name not in classdict and first_enum is not None \
                    and not _defines(enum_class, name, member_type):
                setattr(enum_class, name, getattr(first_enum, name))

        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%s: cannot delete Enum member.' % cls.__name__)
        super().__delattr__(attr)

    def __dir__(self):
        return ['__class__', '__doc__', '__members__', '__module__'] + self._member_names_

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """The members by name, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Animal', 'ANT BEE') and its other forms."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        member_type, first_enum = cls._get_mixins_(cls, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    @staticmethod
    def _check_for_existing_members(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if issubclass(base, Enum) and base._member_names_:
                    raise TypeError('%s: cannot extend enumeration %r'
                                    % (class_name, base.__name__))

    @staticmethod
    def _get_mixins_(class_name, bases):
        """The data type the members are instances of, and the last Enum base."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not issubclass(first_enum, Enum):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or issubclass(base, Enum):
                    continue
                if '__new__' in base.__dict__:
                    member_type = base
                    break
            if member_type is not object:
                break
        if first_enum._member_names_:
            raise TypeError('Cannot extend enumerations')
        return member_type, first_enum

    @staticmethod
    def _find_new_(classdict, member_type, first_enum):
        """How members are made: the class body's __new__, an Enum base's, the data type's,
        or object's; and whether it takes the member's value as arguments."""
        new = classdict.get('__new__')
        if new is not None:
            return new, True, True
        inherited = getattr(first_enum, '__new_member__', None)
        if inherited is not None:
            return inherited, False, True
        if member_type is object:
            return object.__new__, False, False
        return member_type.__new__, False, True


class Enum(metaclass=EnumMeta):
    """A set of symbolic names bound to unique values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        # Raised while handling not_valid, which becomes its __context__.
        try:
            raise not_valid
        except ValueError:
            raise exc

    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        added = [name for klass in self.__class__.__mro__ for name in klass.__dict__
                 if name[0] != '_' and name not in self._member_map_]
        return ['__class__', '__doc__', '__module__'] + added

    def __format__(self, format_spec):
        str_overridden = type(self).__str__ not in (Enum.__str__, Flag.__str__)
        if self._member_type_ is object or str_overridden:
            return format(str(self), format_spec)
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # Copies and unpickled members are the member itself: `Color(value)`.
        return self.__class__, (self._value_, )

    @DynamicClassAttribute
    def name(self):
        """The name of the member."""
        return self._name_

    @DynamicClassAttribute
    def value(self):
        """The value of the member."""
        return self._value_


class IntEnum(int, Enum):
    """An enumeration whose members are also ints."""


def _high_bit(value):
    """The index of the highest set bit of value (-1 for 0)."""
    return value.bit_length() - 1


class Flag(Enum):
    """An enumeration whose members combine with the bitwise operators."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        for last_value in reversed(last_values):
            try:
                high_bit = _high_bit(last_value)
                break
            except Exception:
                raise TypeError('Invalid Flag value: %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        original = value
        if value < 0:
            value = ~value
        member = cls._create_pseudo_member_(value)
        if original < 0:
            member = ~member
        return member

    @classmethod
    def _create_pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value, None)
        if member is None:
            _, uncovered = _decompose(cls, value)
            if uncovered:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            member = object.__new__(cls)
            member._name_ = None
            member._value_ = value
            member = cls._value2member_map_.setdefault(value, member)
        return member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)
        members, _ = _decompose(cls, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, _joined(members), self._value_)

    def __str__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '%s.%s' % (cls.__name__, self._name_)
        members, _ = _decompose(cls, self._value_)
        if len(members) == 1 and members[0]._name_ is None:
            return '%s.%r' % (cls.__name__, members[0]._value_)
        return '%s.%s' % (cls.__name__, _joined(members))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        cls = self.__class__
        members, _ = _decompose(cls, self._value_)
        inverted = cls(0)
        for member in cls:
            if member not in members and not member._value_ & self._value_:
                inverted = inverted | member
        return cls(inverted)


class IntFlag(int, Flag):
    """A Flag whose members are also ints, and combine with ints."""

    __hash__ = int.__hash__

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value, None)
        if member is None:
            wanted = [value]
            _, extra = _decompose(cls, value)
            # Each bit no member covers becomes a nameless member of its own.
            while extra:
                flag_value = 2 ** _high_bit(extra)
                if flag_value not in cls._value2member_map_ and flag_value not in wanted:
                    wanted.append(flag_value)
                extra = 0 if extra == -flag_value else extra ^ flag_value
            for one in reversed(wanted):
                member = int.__new__(cls, one)
                member._name_ = None
                member._value_ = one
                member = cls._value2member_map_.setdefault(one, member)
        return member

    def __or__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ | self.__class__(other)._value_)

    def __and__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ & self.__class__(other)._value_)

    def __xor__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ self.__class__(other)._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def _joined(members):
    return '|'.join([str(m._name_ or m._value_) for m in members])


def _decompose(flag, value):
    """The members whose bits make up value, highest value first, and the bits none
    covers."""
    uncovered = value
    members = []
    for member in flag:
        bits = member._value_
        if bits and bits & value == bits:
            members.append(member)
            uncovered &= ~bits
    if value >= 0:
        rest = uncovered
        while rest:
            bit = 2 ** _high_bit(rest)
            if bit in flag._value2member_map_:
                members.append(flag._value2member_map_[bit])
                uncovered &= ~bit
            rest &= ~bit
    if not members and value in flag._value2member_map_:
        members.append(flag._value2member_map_[value])
    members.sort(key=lambda m: m._value_, reverse=True)
    if len(members) > 1 and members[0]._value_ == value:
        # A named combination (an alias such as RW = R | W) is not listed with its parts.
        members.pop(0)
    return members, uncovered


def unique(enumeration):
    """A class decorator: raises ValueError if enumeration has aliases."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
