import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(950))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(3000)
print(depth(2500))
