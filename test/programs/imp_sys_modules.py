# sys.modules is a real dict: a module runs once, deleting an entry re-runs it, any object may sit there.
import sys
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['__main__'].__name__)
import importdata.plain
print('importdata.plain' in sys.modules, sys.modules['importdata.plain'] is importdata.plain)
import importdata.plain
first = sys.modules.pop('importdata.plain')
import importdata.plain as second
print(first is second, second.A)
sys.modules['fake_module'] = 'I am a string'
import fake_module
print(fake_module)
from importdata import replaces
print(replaces)
import importdata.replaces as r2
print(r2)
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
del sys.modules['fake_module']
try:
    import fake_module
except ModuleNotFoundError as e:
    print(e)
import __main__
print(__main__.__name__, __main__.first is first)
print(sorted(k for k in sys.modules if k.startswith('importdata')))
