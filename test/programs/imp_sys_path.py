# sys.path starts with the script's folder; entries added at run time are searched in order.
import sys
here = __file__.rsplit('/', 1)[0]
print(type(sys.path).__name__, sys.path[0] == here, sys.path[0].startswith('/'))
try:
    import topmod
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, here + '/importdata/toplevel')
import topmod
print(topmod.T, topmod.__file__.split('/')[-2:])
sys.path.append(here + '/importdata')
import plain
import importdata.plain
print(plain is importdata.plain, plain.__name__, importdata.plain.__name__)
# Built-in modules come before sys.path: importdata/toplevel/itertools.py is never run.
import itertools, time
print(itertools.__name__, hasattr(itertools, '__file__'), time.__name__)
print(sys.path.pop(0).split('/')[-1])
del sys.modules['topmod']
try:
    import topmod
except ImportError as e:
    print(e)
