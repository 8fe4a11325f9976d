import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), Point(y=6, x=7))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__, Point.__match_args__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__dataclass_params__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(Point.y, hasattr(Point, 'x'))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, 'x') == Version(1, 2, 'y'))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'other')), len({Version(1), Version(1, 0, 'z'), Version(2)}))
print(Version.__lt__.__qualname__)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    owner: Optional[str] = None
    secret: str = field(default='hidden', repr=False)
    computed: int = field(init=False, default=0)
    tags: list = field(init=False, default_factory=lambda: ['new'])


a = Inventory()
b = Inventory(['x'])
a.items.append('apple')
print(a, b, a.items is not b.items, a.counts, a.tags, a.computed)
print(Inventory.__doc__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)])], {'k': (1, [2])})
print(asdict(tree))
print(astuple(tree))
d = asdict(tree)
print(d['meta']['k'][1] is tree.meta['k'][1], type(asdict(tree, dict_factory=list)).__name__)
print(replace(p, y=10), replace(p), replace(Version(1, 2, 'a'), label='b'))


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 100


print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])
print(Derived.__doc__)


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, Ident.__hash__ is object.__hash__)


@dataclass(repr=False, init=False)
class Manual:
    v: int = 5

    def __init__(self):
        self.v = 99


print(Manual().v, Manual() == Manual(), 'object at' in repr(Manual()))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass(unsafe_hash=True)
class Hashable:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashable(1)) == hash((1,)), Hashable(1) == Hashable(1, [2]))


@dataclass
class PostInit:
    first: str
    last: str
    full: str = field(init=False)

    def __post_init__(self):
        self.full = f'{self.first} {self.last}'


print(PostInit('Ada', 'Lovelace'))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options(verbose=True, level=1))


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__doc__, Mixed.__match_args__)


@dataclass
class Rec:
    name: str
    nxt: 'Rec' = None


r = Rec('a')
r.nxt = r
print(r, Rec('b', Rec('c')))

P3 = dataclasses.make_dataclass('P3', ['x', ('y', int), ('z', int, field(default=3))], namespace={'norm': lambda self: self.x + self.y + self.z})
print(P3(1, 2), P3(1, 2).norm(), P3.__module__, [f.name for f in fields(P3)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


print(Slotted(1), Slotted.__slots__)
