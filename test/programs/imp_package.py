# Packages: __init__ runs first, __path__, __package__, submodules become attributes.
import importdata.pkg.sub.leaf
print(importdata.pkg.sub.leaf.LEAF)
import importdata
print(hasattr(importdata, 'pkg'), hasattr(importdata.pkg, 'sub'), hasattr(importdata.pkg.sub, 'deep'))
pkg = importdata.pkg
print(pkg.__name__, pkg.__package__, pkg.__file__.split('/')[-2:])
print(type(pkg.__path__).__name__, len(pkg.__path__), pkg.__path__[0].split('/')[-2:])
print(pkg.INIT, pkg.helper(), pkg.sibling.SIB)
print(importdata.plain.__package__ if hasattr(importdata, 'plain') else 'plain not imported yet')
import importdata.pkg.mod as m
print(m is pkg.mod, m.__package__)
import importdata.pkg.sub.deep as d
print(d.DEEP)
print(hasattr(importdata, 'plain'), importdata.plain.__package__)
print(hasattr(importdata.notpkg, '__path__') if hasattr(importdata, 'notpkg') else 'no notpkg')
import importdata.notpkg
print(hasattr(importdata.notpkg, '__path__'), hasattr(importdata, '__path__'))
try:
    import importdata.notpkg.inner
except ModuleNotFoundError as e:
    print(e, '|', e.name)
try:
    import importdata.pkg.nothing
except ModuleNotFoundError as e:
    print(e, '|', e.name)
import importdata.pkg.sub.missing
