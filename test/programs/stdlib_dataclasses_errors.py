import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar


@dataclass
class Point:
    x: int
    y: int


@dataclass
class P3:
    a: int
    b: int = 1
    c: list = field(default_factory=list)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1


@dataclass
class Mixed:
    a: int
    b: int
    c: int
    _: dataclasses.KW_ONLY
    d: int
    e: int = 0


def attempt(f):
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


attempt(lambda: Point())
attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, 2, z=3))
attempt(lambda: Point(y=1))
attempt(lambda: P3())
attempt(lambda: P3(1, 2, [], 4))
attempt(lambda: P3(1, 2, 3, 4, 5))
attempt(lambda: K(1))
attempt(lambda: K())
attempt(lambda: K(b=2))
attempt(lambda: Mixed())
attempt(lambda: Mixed(1, 2))
attempt(lambda: Mixed(1, 2, 3))
attempt(lambda: Mixed(1, 2, 3, 4, d=1))
attempt(lambda: Mixed(1, 2, 3, 4, 5, e=1, d=2))
attempt(lambda: Mixed(1, 2, 3, c=3, d=1))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


f = Frozen(1)
attempt(lambda: setattr(f, 'a', 2))
attempt(lambda: setattr(f, 'new', 2))
attempt(lambda: delattr(f, 'a'))
print(f, isinstance(FrozenInstanceError(), AttributeError), FrozenInstanceError.__mro__[1])
f.b.append(1)
print(f.b, hash(Frozen(1, ())) == hash((1, ())))
attempt(lambda: hash(Frozen(1)))


@dataclass(frozen=True)
class FrozenChild(Frozen):
    c: int = 0


print(FrozenChild(1, [], 2))
attempt(lambda: setattr(FrozenChild(1), 'c', 5))


def define(body):
    try:
        body()
        print("defined")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


def mutable_list():
    @dataclass
    class M:
        x: list = []


def mutable_dict():
    @dataclass
    class M:
        y: dict = {}


def mutable_set():
    @dataclass
    class M:
        z: set = set()


def mutable_dataclass():
    @dataclass
    class M:
        p: Point = Point(1, 2)


def non_default():
    @dataclass
    class M:
        x: int = 1
        y: int


def inherited_non_default():
    @dataclass
    class B:
        x: int = 1

    @dataclass
    class C(B):
        y: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class M:
        x: int


def order_overwrite():
    @dataclass(order=True)
    class M:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class B:
        x: int

    @dataclass(frozen=True)
    class C(B):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class B:
        x: int

    @dataclass
    class C(B):
        y: int


def frozen_setattr():
    @dataclass(frozen=True)
    class M:
        x: int

        def __setattr__(self, name, value):
            pass


def explicit_hash():
    @dataclass(unsafe_hash=True)
    class M:
        x: int

        def __hash__(self):
            return 1


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class M:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class M:
        _: dataclasses.KW_ONLY
        a: int
        __: dataclasses.KW_ONLY


def tuple_default_ok():
    @dataclass
    class M:
        x: tuple = (1, 2)
        y: frozenset = frozenset()
    print(M())


for body in (mutable_list, mutable_dict, mutable_set, mutable_dataclass, non_default, inherited_non_default,
             order_without_eq, order_overwrite, frozen_from_plain, plain_from_frozen, frozen_setattr,
             explicit_hash, both_defaults, no_annotation, two_kw_only, tuple_default_ok):
    define(body)

attempt(lambda: fields(3))
attempt(lambda: fields(object()))
attempt(lambda: asdict(Point))
attempt(lambda: asdict({'a': 1}))
attempt(lambda: astuple(5))
attempt(lambda: replace(Point(1, 2), z=3))
attempt(lambda: replace((1, 2), x=1))


@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=5)


attempt(lambda: replace(WithInitFalse(1), b=2))
print(replace(WithInitFalse(1), a=3))


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


w = WithInitVar(2, 10)
print(w, [f.name for f in fields(w)], WithInitVar.__dataclass_fields__['scale'].type)
attempt(lambda: replace(w, a=1))
print(replace(w, scale=3))
attempt(lambda: WithInitVar(1))
