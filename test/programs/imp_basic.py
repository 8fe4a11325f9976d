# import m, import m as n, a module runs once, its attributes and namespace.
import importdata.plain
import importdata.plain as p
import importdata.plain as p2
print(p is importdata.plain, p is p2)
print(p.__name__, p.A, p.B, p.f(), p._private)
print(p.__file__.split('/')[-2:], p.__file__.startswith('/'))
print(p.__package__, type(p).__name__, type(p.K).__name__, p.K.__module__)
print(repr(p).startswith("<module 'importdata.plain' from '/"), repr(p).endswith("importdata/plain.py'>"))
print(sorted(n for n in dir(p) if not n.startswith('__')))
p.B.append(3)
import importdata.plain as again
print(again.B, again is p)
p.new_attr = 'set from outside'
print(importdata.plain.new_attr)
def in_function():
    import importdata.plain as local_name
    return local_name.A
print(in_function(), 'local_name' in globals())
import sys, importdata
print(importdata.ROOT, sys.modules['importdata'] is importdata)
print(__name__, __file__.split('/')[-1], __package__)
