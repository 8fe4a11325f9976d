# ModuleNotFoundError and its messages; the uncaught one ends the program.
for name in ['nothere', 'nothere.sub', 'importdata.nothere', 'importdata.plain.deeper']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, isinstance(e, ImportError), e, '|', e.name)
try:
    import nothere.sub
except ModuleNotFoundError as e:
    print(e)
print(__import__('importdata.pkg.mod').__name__, __import__('importdata.pkg.mod', fromlist=['x']).__name__)
print(__import__('mod', globals={'__package__': 'importdata.pkg'}, level=1).__name__)
try:
    import importdata.nothere as alias
except ImportError as e:
    print('caught as ImportError:', e)
try:
    from nothere import x
except ModuleNotFoundError as e:
    print(e)
print('before the uncaught one')
import definitely_not_a_module
print('not reached')
