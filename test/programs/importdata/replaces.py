import sys
print('replaces: runs')
sys.modules[__name__] = 'a string stands in for the module'
