class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return key.upper()
class MyInt(int):
    def double(self):
        return self * 2
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
d = MyDict(a=1)
print(d['a'], d['zz'], d)
print(MyInt(21).double(), MyInt(5) + 1, MyStr('hi').shout())
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args, repr(e))
