print('circ_b: start')
import importdata.circ_a
import sys
# circ_a is in sys.modules but half made: A is not set yet.
print('circ_b: circ_a has A?', hasattr(sys.modules['importdata.circ_a'], 'A'))
try:
    sys.modules['importdata.circ_a'].A
except AttributeError as e:
    print('circ_b:', e)
try:
    importdata.circ_a
except AttributeError as e:
    print('circ_b:', e)
B = 'b'


def use_a():
    return 'b uses ' + importdata.circ_a.A
print('circ_b: end')
