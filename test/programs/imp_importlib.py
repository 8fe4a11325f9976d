# importlib.import_module and reload; a folder without __init__.py is a namespace package.
import importlib, sys
import importdata.toplevel as ns
print(ns.__file__, ns.__package__, [p.split('/')[-2:] for p in ns.__path__])
from importdata.toplevel import topmod
print(topmod.__name__, topmod.__package__, ns.topmod is topmod)
try:
    from importdata.toplevel import nothing
except ImportError as e:
    print(e)
m = importlib.import_module('importdata.pkg.mod')
print(m.__name__, m is sys.modules['importdata.pkg.mod'])
print(importlib.import_module('.sub.leaf', 'importdata.pkg').LEAF)
print(importlib.import_module('..plain', 'importdata.pkg').A)
for args in [('.x',), ('...x', 'importdata.pkg'), ('',), ('nothere',), ('importdata.plain.x',)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
plain = importlib.import_module('importdata.plain')
plain.A = 'changed'
plain.extra = 'kept'
r = importlib.reload(plain)
print(r is plain, plain.A, plain.extra)
