class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
k = K(1)
print(k == K(1), k != K(2))
try:
    {k}
except TypeError as e:
    print(e)
class H:
    pass
h = H()
print(h == h, h == H(), len({h, h}))
