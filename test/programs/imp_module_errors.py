# Errors while a module runs: the exception propagates and the module leaves sys.modules.
import sys
try:
    import importdata.raises
except ValueError as e:
    print('ValueError:', e)
print('importdata.raises' in sys.modules)
try:
    from importdata import raises
except ValueError as e:
    print('again:', e)
try:
    import importdata.badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.split('/')[-1])
print('importdata.badsyntax' in sys.modules)
import importdata.badsyntax
