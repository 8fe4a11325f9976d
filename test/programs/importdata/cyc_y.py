print('cyc_y: start')
from importdata.cyc_x import X
Y = 'y'
