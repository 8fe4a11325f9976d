# PEP 562: a module-level __getattr__ answers attribute lookups, from-imports and import * (collections uses it).
import importdata.lazy562 as m

print(m.eager, m.made)
print(m.lazy, m.made)
print(m.lazy, m.made)
print(getattr(m, 'nothing', 'default'), hasattr(m, 'nothing'), hasattr(m, 'lazy'))
try:
    m.nothing
except AttributeError as e:
    print(e)
from importdata.lazy562 import lazy as again
print(again)
try:
    from importdata.lazy562 import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
from importdata.lazy562 import *
print(eager, lazy)
from importdata.lazystar import *
print(plain, deferred)
