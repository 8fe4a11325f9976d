# warnings: CPython's output format, default filters, once-per-location, simplefilter/filterwarnings,
# catch_warnings(record=True), errors, sys._getframe
import io
import sys
import warnings

captured = io.StringIO()
sys.stderr = captured          # the warnings shown below are printed at the end, file name replaced

print([n for n in dir(__builtins__) if n.endswith('Warning')])
print(issubclass(ResourceWarning, Warning), PendingDeprecationWarning.__mro__)

def f():
    warnings.warn('from f')

for i in range(3):
    f()                      # shown once: the registry remembers (text, category, line)
warnings.warn('top level', UserWarning)
warnings.warn('deprecated here', DeprecationWarning)   # shown: triggered in __main__
warnings.warn(RuntimeWarning('an instance'))

def caller():
    warnings.warn('blame my caller', stacklevel=2)

caller()
print('registry keys', sorted(k for k in __warningregistry__ if k != 'version'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for i in range(2):
        f()
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('future', FutureWarning)
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    print(w[0].filename == __file__, w[0].lineno, w[0].line, type(w[0]).__name__)
    print(str(w[2]).replace(__file__, 'FILE'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('caught', type(e).__name__, e)
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn('ignored')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.filterwarnings('error', category=RuntimeWarning, module='__main__')
    warnings.warn('KEEP this one')
    warnings.warn('drop this one')
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('error filter', e)
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('only once')
    warnings.warn('only once')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('default action')
    print(len(w))

for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', 'str'),
            lambda: warnings.filterwarnings('ignore', category=int), lambda: warnings.simplefilter('ignore', lineno=-1)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'line text  '), end='')
print(repr(warnings.catch_warnings(record=True)), warnings.filters[:2] == warnings.filters[:2])

frame = sys._getframe()
print(frame.f_code.co_name, frame.f_back, frame.f_globals is globals(), frame is sys._getframe())
def g():
    fr = sys._getframe(1)
    return sys._getframe().f_code.co_name, fr.f_code.co_name, fr.f_lineno, sys._getframe(0).f_back is fr, 'x' in sys._getframe().f_locals
x = 1
print(g())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)

def show(message, category, filename, lineno, file=None, line=None):
    print('custom show:', message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn('through the hook')
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
print(warnings.filters)
warnings.warn('no filters: the default action')
warnings.simplefilter('default')
warnings.filterwarnings('ignore', category=DeprecationWarning)
warnings.warn('beyond the stack', stacklevel=50)
ns = {'__name__': 'othermod'}
exec("import warnings\nwarnings.warn('dep elsewhere', DeprecationWarning)\nwarnings.warn('user elsewhere')", ns)
print(sorted(k for k in ns['__warningregistry__'] if k != 'version'))
sys.stderr = sys.__stderr__
print(captured.getvalue().replace(__file__, 'FILE'), end='')
