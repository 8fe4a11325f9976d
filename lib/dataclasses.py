"""Data classes: @dataclass adds __init__, __repr__, __eq__ (and optionally ordering, hashing and
frozenness) to a class from its annotated fields.

tspy's own implementation of CPython 3.11's dataclasses module. CPython writes the methods as
source text and exec()s it; tspy must not need the compiler at run time, so the methods here are
closures over the field list, with the same signatures' error messages ("P.__init__() missing 1
required positional argument: 'y'").
"""

import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


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
    """An init-only pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


def _empty_metadata():
    from types import MappingProxyType
    return MappingProxyType({})


class Field:
    """One field of a dataclass, as field() describes it; fields() returns these."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None or len(metadata) == 0:
            self.metadata = _empty_metadata()
        else:
            from types import MappingProxyType
            self.metadata = MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default factory, and whether init, repr, comparisons
    and hash include it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of Field objects."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


# ---------------------------------------------------------------- asdict, astuple, replace

def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples and
    dicts; other values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    from copy import deepcopy
    return deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    from copy import deepcopy
    return deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# ---------------------------------------------------------------- the generated methods

def _name_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


_NO_ARG = object()


def _fill_defaults(values, defaults, names, lo, hi, qualname, kind):
    """Give values[lo:hi] not passed their defaults; raise the __init__'s missing-argument TypeError."""
    missing = [names[i] for i in range(lo, hi) if values[i] is _NO_ARG and defaults[i] is _NO_ARG]
    if missing:
        raise TypeError(f"{qualname}() missing {len(missing)} required {kind} "
                        f"argument{'s' if len(missing) > 1 else ''}: {_name_list(missing)}")
    for i in range(lo, hi):
        if values[i] is _NO_ARG:
            values[i] = defaults[i]


def _make_init(qualname, std, kw, body, frozen, post_init, initvars):
    """__init__(self, <std fields>, *, <kw-only fields>) as a closure.

    std and kw are lists of (name, default) with default _NO_ARG when required; body lists
    (name, kind, value) in field order: kind 0 takes argument number value, 1 stores the default
    value, 2 calls the factory value.
    """
    npos = len(std)
    names = [n for n, _ in std] + [n for n, _ in kw]

    defaults = [d for _, d in std] + [d for _, d in kw]
    index = {n: i for i, n in enumerate(names)}
    nall = len(names)
    nposdefaults = sum(1 for _, d in std if d is not _NO_ARG)
    simple = not kw
    setter = object.__setattr__ if frozen else setattr

    def too_many(given, values):
        argc = npos + 1
        if nposdefaults:
            takes = f'from {argc - nposdefaults} to {argc} positional arguments'
        else:
            takes = _plural(argc, 'positional argument')
        kwonly_given = sum(1 for i in range(npos, nall) if values[i] is not _NO_ARG)
        if kwonly_given:
            gave = (f"{_plural(given, 'positional argument')} "
                    f"(and {_plural(kwonly_given, 'keyword-only argument')}) were given")
        else:
            gave = f"{given} {'was' if given == 1 else 'were'} given"
        raise TypeError(f'{qualname}() takes {takes} but {gave}')

    def __init__(self, *args, **kwargs):
        n = len(args)
        if simple and n == npos and not kwargs:
            values = args
        else:
            values = list(args[:npos])
            values.extend([_NO_ARG] * (nall - len(values)))
            for key, value in kwargs.items():
                i = index.get(key)
                if i is None:
                    raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
                if values[i] is not _NO_ARG:
                    raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
                values[i] = value
            if n > npos:
                too_many(n + 1, values)
            _fill_defaults(values, defaults, names, n, npos, qualname, 'positional')
            _fill_defaults(values, defaults, names, npos, nall, qualname, 'keyword-only')
        for name, kind, value in body:
            if kind == 0:
                value = values[value]
                if value is _HAS_DEFAULT_FACTORY:
                    value = factories[name]()
            elif kind == 2:
                value = value()
            setter(self, name, value)
        if post_init:
            self.__post_init__(*[values[index[name]] for name in initvars])

    factories = {}
    return __init__, factories


def _field_values(names):
    def values(self):
        return tuple([getattr(self, name) for name in names])
    return values


def _make_repr(names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
            return f"{self.__class__.__qualname__}({', '.join(parts)})"
        finally:
            running.discard(key)
    return __repr__


def _make_eq(names):
    def __eq__(self, other):
        # As comparing the two tuples of field values, without building them.
        if other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if a is not b and not a == b:
                    return False
            return True
        return NotImplemented
    return __eq__


def _make_order(names):
    values = _field_values(names)

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented
    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _make_hash(names):
    values = _field_values(names)

    def __hash__(self):
        return hash(values(self))
    return __hash__


def _make_frozen(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _install(cls, name, fn):
    """Set a generated method unless the class defines it; True when it was already defined."""
    if name in cls.__dict__:
        return True
    fn.__name__ = name
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, fn)
    return False


# ---------------------------------------------------------------- building a dataclass

def _is_classvar(annotation, typing):
    if typing is None:
        return False
    return annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar


def _string_kind(annotation):
    """ClassVar or InitVar spelt as a string annotation ('ClassVar[int]', 'dataclasses.InitVar')."""
    head = annotation.split('[', 1)[0].strip()
    if head in ('ClassVar', 'typing.ClassVar'):
        return _FIELD_CLASSVAR
    if head in ('InitVar', 'dataclasses.InitVar'):
        return _FIELD_INITVAR
    return _FIELD


def _get_field(cls, cls_dict, name, annotation, default_kw_only):
    default = cls_dict.get(name, MISSING)
    if default is not MISSING and not isinstance(default, Field):
        # A descriptor's own value for the class, as getattr() gives it.
        default = getattr(cls, name)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    typing = _sys.modules.get('typing')
    if _is_classvar(annotation, typing):
        f._field_type = _FIELD_CLASSVAR
    elif annotation is InitVar or isinstance(annotation, InitVar):
        f._field_type = _FIELD_INITVAR
    elif isinstance(annotation, str):
        f._field_type = _string_kind(annotation)
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, type(list[int])):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(std, kw):
    parts = []
    for group in (std, kw):
        if group is kw and kw:
            parts.append('*')
        for f in group:
            text = f'{f.name}: {_format_annotation(f.type)}'
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    cls_dict = cls.__dict__
    annotations = cls_dict.get('__annotations__', {})
    own = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
            continue
        own.append(_get_field(cls, cls_dict, name, annotation, kw_only))

    for f in own:
        all_fields[f.name] = f
        if isinstance(cls_dict.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls_dict.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR and f.init]
    std = [f for f in init_fields if not f.kw_only]
    kw = [f for f in init_fields if f.kw_only]

    if init:
        seen_default = False
        for f in std:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        _add_init(cls, all_fields, std, kw, frozen)

    repr_names = [f.name for f in field_list if f.repr]
    compare_names = [f.name for f in field_list if f.compare]
    if repr:
        _install(cls, '__repr__', _make_repr(repr_names))
    if eq:
        from _dataclass_templates import EQ_TEMPLATES
        if len(compare_names) < len(EQ_TEMPLATES):
            eq_fn = _renamed(EQ_TEMPLATES[len(compare_names)], compare_names, cls, '__eq__')
        else:
            eq_fn = _make_eq(compare_names)
        _install(cls, '__eq__', eq_fn)
    if order:
        for name, fn in _make_order(compare_names):
            if _install(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for name, fn in _make_frozen(cls, [f.name for f in field_list]):
            if _install(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_names)
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(hash_names)
            cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
        else:
            cls.__hash__ = None

    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std, kw)

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std)

    if slots and '__slots__' not in cls.__dict__:
        # tspy does not enforce __slots__; the class keeps its instance dict.
        cls.__slots__ = tuple(f.name for f in field_list)

    if '__abstractmethods__' in cls.__dict__:
        from abc import update_abstractmethods
        update_abstractmethods(cls)
    return cls


_FunctionType = type(lambda: None)


def _renamed(template, names, cls, name, self_name='self'):
    """template with its placeholder names _f0, _f1... replaced by `names` (parameters and
    attributes), named cls's `name`, in cls's module namespace."""
    code = template.__code__
    mapping = {f'_f{i}': n for i, n in enumerate(names)}
    varnames = tuple(mapping.get(v, v) for v in code.co_varnames)
    if self_name != 'self':
        varnames = (self_name,) + varnames[1:]
    code = code.replace(co_varnames=varnames, co_names=tuple(mapping.get(v, v) for v in code.co_names),
                        co_name=name, co_qualname=f'{cls.__qualname__}.{name}')
    module = _sys.modules.get(cls.__module__)
    return _FunctionType(code, module.__dict__ if module is not None else globals(), name)


def _template_init(cls, all_fields, std, kw, frozen, post_init, initvars):
    """The __init__ from a template when the fields allow it, else None."""
    from _dataclass_templates import INIT_TEMPLATES, POST_INIT_TEMPLATES
    if frozen or kw or initvars or len(std) >= len(INIT_TEMPLATES):
        return None
    plain = [f for f in all_fields.values() if f._field_type is _FIELD]
    if len(plain) != len(std):
        return None
    for f, g in zip(plain, std):
        if f is not g or f.default_factory is not MISSING:
            return None
    names = tuple(f.name for f in std)
    template = (POST_INIT_TEMPLATES if post_init else INIT_TEMPLATES)[len(names)]
    fn = _renamed(template, names, cls, '__init__', '__dataclass_self__' if 'self' in names else 'self')
    defaults = tuple(f.default for f in std if f.default is not MISSING)
    if defaults:
        fn.__defaults__ = defaults
    return fn


def _add_init(cls, all_fields, std, kw, frozen):
    def arg_default(f):
        if f.default_factory is not MISSING:
            return _HAS_DEFAULT_FACTORY
        if f.default is not MISSING:
            return f.default
        return _NO_ARG

    positions = {f.name: i for i, f in enumerate(std + kw)}
    body = []
    factories_needed = {}
    initvars = []
    for f in all_fields.values():
        if f._field_type is _FIELD_INITVAR:
            initvars.append(f.name)
            continue
        if f._field_type is not _FIELD:
            continue
        if f.init:
            body.append((f.name, 0, positions[f.name]))
            if f.default_factory is not MISSING:
                factories_needed[f.name] = f.default_factory
        elif f.default_factory is not MISSING:
            body.append((f.name, 2, f.default_factory))
        elif f.default is not MISSING:
            body.append((f.name, 1, f.default))
    post_init = hasattr(cls, _POST_INIT_NAME)
    fn = _template_init(cls, all_fields, std, kw, frozen, post_init, initvars)
    if fn is not None:
        _install(cls, '__init__', fn)
        return
    fn, factories = _make_init(f'{cls.__qualname__}.__init__',
                               [(f.name, arg_default(f)) for f in std],
                               [(f.name, arg_default(f)) for f in kw],
                               body, frozen, post_init, initvars)
    factories.update(factories_needed)
    _install(cls, '__init__', fn)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields: @dataclass or
    @dataclass(order=True, frozen=True, ...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name), (name, type) or (name, type, field) items."""
    ns = dict(namespace) if namespace is not None else {}
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    # CPython 3.11 builds the class through types.new_class, so without module= it says 'types'.
    ns['__module__'] = 'types' if module is None else module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
