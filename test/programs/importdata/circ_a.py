print('circ_a: start')
import importdata.circ_b as b
A = 'a'
print('circ_a: end, sees', b.B)


def use_b():
    return 'a uses ' + b.B
