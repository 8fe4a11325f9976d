"""Shallow and deep copies: copy(x) and deepcopy(x, memo).

tspy's own implementation of CPython 3.11's copy module. Classes control copying with __copy__ and
__deepcopy__(memo), or with __getstate__/__setstate__, __getnewargs__/__getnewargs_ex__, and
__reduce_ex__/__reduce__ when they define them; other instances are rebuilt with cls.__new__ and a
copy of their __dict__ (and, for subclasses of list, dict and set, of their items).
"""

import sys as _sys

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_CodeType = type((lambda: None).__code__)
_NoneType = type(None)
_ModuleType = type(_sys)

# Values that are never copied: immutable, or identified by themselves (classes, functions).
_ATOMIC = frozenset([
    _NoneType, int, float, bool, complex, str, bytes, type, range, slice, property,
    _FunctionType, _BuiltinType, _CodeType, type(Ellipsis), type(NotImplemented),
])
# Immutable containers: a shallow copy is the object itself.
_SHALLOW_SAME = _ATOMIC | frozenset([tuple, frozenset])


def _user_hook(cls, name):
    """A method defined by cls or a base other than object (copy's protocol hooks)."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of already copied objects to their copies."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that (through its items) already copied itself: use that copy.
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _rebuild(x, cls, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # As CPython's copy: the memo holds the originals, so their ids stay unique while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _rebuild(x, cls, memo):
    """Copy an instance by the reduce protocol, or by cls.__new__ plus its state and items."""
    deep = memo is not None
    reductor = _user_hook(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _user_hook(cls, '__reduce__')
        rv = reductor(x) if reductor is not None else None
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    from collections import deque
    if isinstance(x, deque):
        return _reconstruct(x, memo, cls, ((), x.maxlen), getattr(x, '__dict__', None) or None, iter(x))
    if cls.__module__ == 'builtins' and (cls is _ModuleType or not hasattr(x, '__dict__')):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    newargs_ex = getattr(x, '__getnewargs_ex__', None)
    if newargs_ex is not None:
        args, kwargs = newargs_ex()
    else:
        newargs = getattr(x, '__getnewargs__', None)
        args, kwargs = (newargs() if newargs is not None else ()), {}
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    getstate = _user_hook(cls, '__getstate__')
    state = getstate(x) if getstate is not None else getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    _copy_items(x, y, memo)
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for name, value in slotstate.items():
            setattr(y, name, value)


def _copy_items(x, y, memo):
    """The items of an instance of a list, dict or set subclass."""
    deep = memo is not None
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        if hasattr(x, 'default_factory'):
            y.default_factory = x.default_factory
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, (set, frozenset)) and isinstance(y, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
