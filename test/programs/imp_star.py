# from m import *: __all__ when present (private names included), else the public names.
from importdata.starall import *
print(shown, also_shown, _underscored_but_listed)
print('not_listed' in globals())
from importdata.starnoall import *
print(public, func(), imported_module.__name__)
print('_private' in globals())
print(sorted(n for n in globals() if not n.startswith('__')))
try:
    from importdata.starbad import *
except AttributeError as e:
    print('AttributeError:', e)
print(exists)
from importdata.pkg.sub import *
print('leaf' in globals())
