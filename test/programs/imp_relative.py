# Relative imports inside packages: from . import x, from .mod import y, from ..pkg import z.
import importdata.pkg.sub.deep
from importdata.pkg.sub.deep import DEEP
for item in DEEP:
    print(item)
try:
    import importdata.pkg.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print('importdata.pkg.sub.beyond' in sys.modules)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, sys.path[0] + '/importdata/toplevel')
try:
    import toppkg_rel
except ImportError as e:
    print(type(e).__name__, e)
from .. import nothing
