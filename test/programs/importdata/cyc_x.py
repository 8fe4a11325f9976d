print('cyc_x: start')
from importdata.cyc_y import Y
X = 'x'
