class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(3), list(map(add5, [1, 2])))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return f'<{name} via proxy>'
p = Proxy(1)
print(p.anything, p._target)
class Rec:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
r = Rec()
r.a = 1
print(r.a, getattr(r, 'a'), vars(r))
setattr(r, 'b', 2)
delattr(r, 'a')
print(hasattr(r, 'a'), r.b)
