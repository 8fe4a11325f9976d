# enum: Flag and IntFlag composition, boundaries, aliases, iteration, mixins, and class immutability.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, FlagBoundary, auto, unique, verify, UNIQUE, CONTINUOUS


class IP(IntFlag):
    A = 1
    B = 2


print(repr(IP.A | 4), repr(IP(8)), repr(IP(12)), str(IP.A | 4), repr(~IP.A), repr(IP(0)), list(IP(7)), IP(7) == 7, repr(IP(-1)))
print(IP.A | IP.B, IP.A & 3, 3 | IP.A, repr(3 | IP.A), IP.B ^ IP.A, type(IP.A + 1).__name__, isinstance(IP.A, int))


class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


print(list(P), list(P.__members__), P.RW, repr(P.NONE), P(6) is P.RW, repr(~P.RW), repr(~P(0)), len(P.RW), P._member_names_)
print(repr(P), repr(IP), str(P), P.R in P.RW, P.X in P.RW, bool(P.NONE), bool(P.R), list(P.RW), list(P(0)))
try:
    P.R in 3
except TypeError as e:
    print("TypeError:", e)
try:
    P.R | 1
except TypeError as e:
    print("TypeError:", e)


class C(Flag, boundary=FlagBoundary.CONFORM):
    A = 1


class E(Flag, boundary=FlagBoundary.EJECT):
    A = 1


print(repr(C(3)), repr(E(3)), C._boundary_, E._boundary_, P._boundary_, IP._boundary_)


class Mine(str, Enum):
    X = 'x'


class Fl(float, Enum):
    H = 0.5


print(repr(Mine.X), str(Mine.X), format(Mine.X), f'{Mine.X:>8}|', Mine.X == 'x', Mine.X.upper())
print(repr(Fl.H), str(Fl.H), Fl.H * 2)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(f'{Num.TWO:03d}', '{}'.format(Num.ONE), '%d' % Num.TWO, Num.ONE + Num.TWO, Num(1) is Num.ONE, Num.ONE in {1: 'x'})


class Color(Enum):
    RED = 1
    GREEN = 2


for attempt in (lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'GREEN'), lambda: setattr(Color.RED, 'value', 3),
                lambda: setattr(Color.RED, 'name', 'x'), lambda: Color.RED < Color.GREEN):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
Color.extra = 'fine'
Color.RED.note = 'also fine'
print(Color.extra, Color.RED.note, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)


class S(StrEnum):
    A = auto()
    B = auto()


print(list(S), S.A + '!', S('b'), len(S), [m.value for m in reversed(S)])


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print([c.value for c in Custom])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2


print(list(Shape), Shape.ALIAS, Shape(2).name, Shape['ALIAS'] is Shape.SQUARE, len(Shape), len(Shape.__members__))
try:
    verify(UNIQUE)(Shape)
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @property
    def label(self):
        return self.value.title()

    @classmethod
    def default(cls):
        return cls.ACTIVE

    def __str__(self):
        return self.label


print(Status.default(), str(Status.INACTIVE), repr(Status.ACTIVE), f'{Status.ACTIVE}')
for bad in ("class Bad(Enum):\n    _reserved_ = 1", "class Bad(Enum):\n    mro = 1"):
    try:
        exec(bad)
    except ValueError as e:
        print("ValueError:", e)
W = Enum('W', {'N': 0, 'S': 180})
print(list(W), W(180), IntEnum('Level', 'LOW HIGH').HIGH + 1, Flag('Bits', 'A B C').C.value)
print(enum.show_flag_values(13), Color.__members__['RED'], type(Color.__members__).__name__)
