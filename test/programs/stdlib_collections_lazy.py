# ChainMap loads on first use; registered with the ABCs in either order.
import collections
cm = collections.ChainMap({'a': 1})
print(cm, collections.ChainMap.__module__, type(cm))
import collections.abc
print(isinstance(cm, collections.abc.MutableMapping), isinstance(collections.deque(), collections.abc.MutableSequence))
from collections import *
print(ChainMap is collections.ChainMap, UserString('x'), sorted(k for k in dir() if not k.startswith('_')))
