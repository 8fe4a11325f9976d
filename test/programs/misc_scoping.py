x = 10
def read():
    return x
def shadow():
    x = 20
    return x
print(read(), shadow(), x)
class C:
    x = 'class attr'
    y = [x for _ in range(1)] if False else x
    def m(self):
        return x
print(C.y, C().m())
def outer():
    v = 'enclosing'
    class Inner:
        w = v
    return Inner.w
print(outer())
for i in range(3):
    pass
print(i)
if True:
    block_var = 'visible'
print(block_var)
