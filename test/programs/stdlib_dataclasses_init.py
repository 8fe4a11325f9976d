# dataclasses' generated __init__ in its common shapes: parameters named after the fields, defaults,
# __post_init__, a field called self, many fields, and the argument errors.
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int = 2


print(P(1), P(1, 3), P(y=4, x=5), P.__init__.__defaults__, P.__init__.__code__.co_varnames, P.__init__.__name__)
for bad in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, x=1), lambda: P(z=1), lambda: P(y=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Selfish:
    self: int
    other: str = 'o'


print(Selfish(1), Selfish(self=2), Selfish.__init__.__code__.co_varnames)


@dataclass
class WithPost:
    a: int
    b: int = 0

    def __post_init__(self):
        self.total = self.a + self.b


w = WithPost(1, 2)
print(w, w.total, WithPost(5).total)


@dataclass
class Wide:
    f0: int = 0
    f1: int = 1
    f2: int = 2
    f3: int = 3
    f4: int = 4
    f5: int = 5
    f6: int = 6
    f7: int = 7
    f8: int = 8
    f9: int = 9
    f10: int = 10
    f11: int = 11


print(Wide(), Wide(100, f11=-1))


@dataclass
class Child(P):
    z: int = 9


print(Child(1), Child(1, 2, 3), Child.__init__ is not P.__init__)


class Validated:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 42
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        print("validating", value)
        setattr(obj, self.name, value)


@dataclass
class UsesDescriptor:
    value: int = Validated()


u = UsesDescriptor()
print(u.value, UsesDescriptor(7).value)


@dataclass
class Mixed:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=3, init=False)


print(Mixed(1), Mixed(1, [2]))
try:
    Mixed(1, [], 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Cmp:
    a: int
    b: list = field(default_factory=list, compare=False)
    c: str = 'c'


print(Cmp(1) == Cmp(1, [9]), Cmp(1) == Cmp(2), Cmp(1, c='x') != Cmp(1), Cmp(1) == (1, 'c'), Cmp.__eq__.__qualname__)
print(Cmp.__eq__(Cmp(1), 5), Wide() == Wide(), Wide() == Wide(f11=0), P.__eq__.__code__.co_varnames)
