# from a import x during a cycle: CPython's "partially initialized module" error.
import sys
try:
    import importdata.cyc_x
except ImportError as e:
    msg = str(e)
    print(msg[:msg.rindex(' (')])
    print(e.name, e.path.split('/')[-1])
print('importdata.cyc_x' in sys.modules, 'importdata.cyc_y' in sys.modules)
# Starting from the other side fails the same way, the other way round.
try:
    from importdata.cyc_y import Y
except ImportError as e:
    msg = str(e)
    print(msg[:msg.rindex(' (')])
print('importdata.cyc_x' in sys.modules, 'importdata.cyc_y' in sys.modules)
