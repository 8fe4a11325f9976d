# The package the imp_*.py programs import from (not a program itself).
print('importdata: init runs')
ROOT = 'importdata root'
