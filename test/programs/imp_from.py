# from m import x, y as z; from package import submodule; missing names.
from importdata.plain import A, f as g, B
print(A, g(), B)
from importdata import plain
print(plain.A)
from importdata.pkg import mod, helper
print(mod.__name__, helper())
from importdata.pkg.sub import leaf
print(leaf.LEAF)
try:
    from importdata.plain import missing
except ImportError as e:
    print(type(e).__name__, '|', str(e).split(' (')[0], '|', e.name, e.path.split('/')[-1])
try:
    from importdata.pkg import nothing_there
except ImportError as e:
    print(type(e).__name__, '|', str(e).split(' (')[0], '|', e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e, e.name, e.path)
try:
    from importdata.pkg.sub import nameless
except ImportError as e:
    print(str(e).split(' (')[0])
import sys
print('importdata.pkg.sub.nameless' in sys.modules)
from importdata.plain import (A as first,
                              B as second)
print(first, second)
from importdata.notpkg.nothing import x
