"""Container datatypes: deque, defaultdict, Counter, OrderedDict and namedtuple (native, from
_collections), ChainMap (collections._chainmap) and UserDict, UserList, UserString
(collections._user).

tspy's own implementation of CPython 3.11's collections package (same names, behaviour and
messages). To keep `import collections` quick it runs almost no code: ChainMap and the User*
classes are loaded on first use (PEP 562), and the container ABCs learn about deque and ChainMap
whenever _collections_abc is imported, before or after them.
"""

import sys as _sys
from _collections import deque, defaultdict, Counter, OrderedDict, namedtuple

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_LAZY = {'ChainMap': '_chainmap', 'UserDict': '_user', 'UserList': '_user', 'UserString': '_user'}


def __getattr__(name):
    sub = _LAZY.get(name)
    if sub is not None:
        module = __import__('collections.' + sub, fromlist=[name])
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def _register_abcs():
    """Register deque (and ChainMap, once loaded) with the container ABCs (_collections_abc calls
    this too, when it is imported after collections)."""
    import _collections_abc
    _collections_abc.MutableSequence.register(deque)
    chainmap = _sys.modules.get('collections._chainmap')
    if chainmap is not None:
        _collections_abc.MutableMapping.register(chainmap.ChainMap)


if '_collections_abc' in _sys.modules:
    _register_abcs()
