# PEP 562: a module-level __getattr__ answers attribute lookups and from-imports of missing names
# (typing uses it to build rarely used names on first use).
import importdata.lazyattrs as lazy

print(lazy.eager, lazy.lazy_one, lazy.lazy_one, getattr(lazy, 'lazy_two'), hasattr(lazy, 'nothing'), getattr(lazy, 'nothing', 'dflt'))
from importdata.lazyattrs import lazy_three
print(lazy_three)
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from importdata.lazyattrs import missing
except ImportError as e:
    print("ImportError:", e.name, type(e).__name__)
from importdata.lazyattrs import *
print(eager, lazy_star)
