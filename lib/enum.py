"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

tspy's own implementation of CPython 3.11's enum module: same classes, reprs ('<Color.RED: 1>'),
str and format rules (IntEnum/StrEnum/IntFlag print their value), lookups (Color(1),
Color['RED']), aliases, Flag composition and boundaries, and error messages.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str',
           'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

_builtin_property = property
_builtin_bin = bin

# Defined below; None while the module itself is creating them.
Enum = Flag = ReprEnum = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name}__'
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num, max_bits):
    """'0b0 1000': the sign bit, a space, then the bits padded to max_bits (Flag's messages)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


property = _builtin_property


class nonmember:
    """Protect a value in an Enum body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Make a value in an Enum body a member even when it would not be (a function, say)."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value chosen by the enum's _generate_next_value_ (1, 2, 3... for Enum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class _EnumDict(dict):
    """The namespace of an Enum class body: records member names in order, resolves auto(),
    refuses reused names and reserved _sunder_ names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key[:1] != '_':
            # The common case, a member or a method: none of the underscore rules apply.
            if key in self._member_names:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if key in self._ignore or _is_descriptor(value) and not isinstance(value, member):
                dict.__setitem__(self, key, value)
                return
            self._add_member_value(key, value)
            return
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_'):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            self._add_member_value(key, value)
            return
        dict.__setitem__(self, key, value)

    def _add_member_value(self, key, value):
        if key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            value = self._auto_value(key, value)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v for v in value)
        self._member_names[key] = None
        self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            a.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return a.value


class EnumType(type):
    """The metaclass of enumerations: iteration, len, membership, lookup by name and the
    functional API (Enum('Animal', 'ANT BEE'))."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for key in classdict._ignore:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(classdict._member_names)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        values = {}
        for name in member_names:
            values[name] = dict.__getitem__(classdict, name)
            dict.__delitem__(classdict, name)
        if save_new:
            dict.__setitem__(classdict, '__new_member__', dict.__getitem__(classdict, '__new__'))
            dict.__delitem__(classdict, '__new__')
        classdict.pop('_order_', None)
        for key, value in (('_new_member_', new), ('_use_args_', use_args), ('_member_names_', []),
                           ('_member_map_', {}), ('_value2member_map_', {}), ('_unhashable_values_', []),
                           ('_member_type_', member_type),
                           ('_value_repr_', metacls._find_data_repr_(cls, bases))):
            dict.__setitem__(classdict, key, value)
        if Flag is not None and any(isinstance(b, EnumType) and issubclass(b, Flag) for b in bases):
            dict.__setitem__(classdict, '_boundary_', boundary or getattr(first_enum, '_boundary_', None))
            dict.__setitem__(classdict, '_flag_mask_', 0)
            dict.__setitem__(classdict, '_singles_mask_', 0)
            dict.__setitem__(classdict, '_all_bits_', 0)
            dict.__setitem__(classdict, '_inverted_', None)
        elif boundary is not None:
            dict.__setitem__(classdict, '_boundary_', boundary)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        # Calling the class looks members up (Enum.__new__), even when a data type's __new__
        # (int's, for IntEnum) comes first in the MRO; members were made with _new_member_.
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        # A data type's (or object's) repr/str/format must not hide the enum's own.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(object, name) or found is getattr(member_type, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))

        # ReprEnum (IntEnum, StrEnum, IntFlag): str() and format() are the data type's.
        if ReprEnum is not None and ReprEnum in enum_class.__mro__ and member_type is not object:
            # Python-level wrappers: the interpreter does not dispatch to another type's native
            # methods stored in a class.
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', _delegate('__format__', member_type.__format__))
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', _delegate('__str__', method))

        # Flag's operators must win over a data type's (IntFlag is int first in its MRO).
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])

        for name, value in values.items():
            _add_member(enum_class, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            single = multi = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if _is_single_bit(v):
                    single |= v
                else:
                    multi |= v
            mask = single | multi
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', single)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
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
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type, first enum base) of a new enum's bases."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_') or base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or base.__module__ == 'builtins':
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(how to create a member, whether the class body's __new__ moves aside, whether the
        member's value is passed to it)."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__, _enum_new):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


def _delegate(name, method):
    def delegate(self, *args):
        return method(self, *args)
    delegate.__name__ = name
    return delegate


def _add_member(enum_class, name, value):
    """Create member `name` (or find the member it is an alias of) and put it in the class."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if not enum_class._use_args_:
        m = enum_class._new_member_(enum_class)
    else:
        m = enum_class._new_member_(enum_class, *args)
    if not hasattr(m, '_value_'):
        if enum_class._member_type_ is object:
            m._value_ = value
        else:
            try:
                m._value_ = enum_class._member_type_(*args)
            except Exception:
                m._value_ = value
    value = m._value_
    m._name_ = name
    m.__objclass__ = enum_class
    m.__init__(*args)
    m._sort_order_ = len(enum_class._member_names_)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        m = canonical
    elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
        enum_class._member_names_.append(name)

    # A member named like a descriptor of a base (Enum's 'name', 'value') stays reachable as a
    # member only through the class's lookups; the descriptor keeps working on members.
    if not isinstance(getattr(enum_class, name, None), _builtin_property):
        type.__setattr__(enum_class, name, m)
    enum_class._member_map_[name] = m
    try:
        enum_class._value2member_map_.setdefault(value, m)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _enum_new(cls, value):
    # Look a member up by value (Color(1)), asking _missing_ when there is none.
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    not_valid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
    if result is None and exc is None:
        raise not_valid
    if exc is None:
        exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
    if not isinstance(exc, ValueError):
        exc.__context__ = not_valid
    raise exc


def _value_error(self, attr):
    raise AttributeError(f"<enum 'Enum'> cannot set attribute {attr!r}")


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1."""

    __new__ = _enum_new

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest earlier value, or start."""
        if not last_values:
            return start
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = last_values
        for v in reversed(ordered):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [n for n in self.__class__.__dict__ if not n.startswith('_')]
        return sorted(set(names))

    @_builtin_property
    def name(self):
        """The name of the member."""
        return self._name_

    @name.setter
    def name(self, value):
        _value_error(self, 'name')

    @_builtin_property
    def value(self):
        """The value of the member."""
        return self._value_

    @value.setter
    def value(self, value):
        _value_error(self, 'value')


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (only repr() says Enum)."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An Enum whose members combine with | & ^ ~ (auto() gives 1, 2, 4, ...)."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = last.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        # The canonical members whose bit is in value, in definition order.
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        """A member for a combination of bits: named 'R|W', or None for no known bit."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_bits(value, max_bits)}\n"
                                 f"  allowed {_bits(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls.__name__} unknown flag boundary {boundary!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{bin(unknown)}]')
        new = cls.__dict__.get('__new_member__', None)
        if cls._member_type_ is object and not new:
            pseudo = object.__new__(cls)
        else:
            pseudo = (new or cls._member_type_.__new__)(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    _numeric_repr_ = repr

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints (int operands combine too)."""


def unique(enumeration):
    """Class decorator: refuse aliases (ValueError naming each alias and its member)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


def _build_enum_check():
    class EnumCheck(StrEnum):
        """The properties verify() can check."""
        CONTINUOUS = "no skipped integer values"
        NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
        UNIQUE = "one name per value"
    EnumCheck.__qualname__ = 'EnumCheck'
    EnumCheck.__module__ = __name__
    return EnumCheck


def __getattr__(name):
    # PEP 562: EnumCheck (an enum class of its own) is built the first time it is asked for.
    if name in ('EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE'):
        if 'EnumCheck' in globals():
            return globals()[name]
        check = _build_enum_check()
        globals().update(EnumCheck=check, CONTINUOUS=check.CONTINUOUS, NAMED_FLAGS=check.NAMED_FLAGS,
                         UNIQUE=check.UNIQUE)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class verify:
    """Class decorator checking EnumCheck properties of an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        UNIQUE, CONTINUOUS, NAMED_FLAGS = __getattr__('UNIQUE'), __getattr__('CONTINUOUS'), __getattr__('NAMED_FLAGS')
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if duplicates:
                    details = ', '.join(f"{alias} -> {n}" for alias, n in duplicates)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if Flag is not None and issubclass(enumeration, Flag):
                    expected = [2 ** i for i in range(low.bit_length() - 1, high.bit_length())]
                    missing = [v for v in expected if v not in values]
                else:
                    missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError(f"invalid {'flag' if issubclass(enumeration, Flag) else 'enum'} "
                                     f"{name!r}: missing values {', '.join(str(v) for v in missing)}")
            elif check is NAMED_FLAGS:
                missing = []
                for n, m in enumeration._member_map_.items():
                    if n in enumeration._member_names_:
                        continue
                    v = m._value_
                    if v and not _is_single_bit(v):
                        bit = 1
                        while bit <= v:
                            if v & bit and bit not in enumeration._value2member_map_:
                                missing.append(bit)
                            bit <<= 1
                if missing:
                    raise ValueError(f"invalid Flag {name!r}: missing values "
                                     f"{', '.join(str(v) for v in sorted(set(missing)))}")
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f"{module}.{self.__class__.__name__}({self._value_!r})"
    return '|'.join(f"{module}.{name}" for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in the module's namespace and show them as module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    """The single-bit values making up value."""
    out = []
    while value:
        low = value & -value
        out.append(low)
        value ^= low
    return out
