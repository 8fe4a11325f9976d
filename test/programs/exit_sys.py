import sys
print('argv0 ends with', sys.argv[0][-11:])
print(len(sys.argv))
sys.exit(3)
print('not reached')
