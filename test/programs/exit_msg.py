import sys
print('start')
sys.exit('fatal: stopping')
