# enum: Enum/IntEnum/StrEnum/Flag basics, lookups, aliases, auto, unique, functional API, errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__+':', e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['RED'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, str(Color.RED), Color.RED.name, Color.RED.value)
t(lambda: Color(5))
t(lambda: Color['X'])
t(lambda: Color.RED in Color)
t(lambda: Color.RED < Color.GREEN)
t(lambda: Color.RED == 1)
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: setattr(Color.RED, 'value', 5))
t(lambda: setattr(Color.RED, 'name', 5))
t(lambda: setattr(Color.RED, 'x', 5))
print(Color.__members__, type(Color), Color)
print(hash(Color.RED) == hash('RED'), Color.RED.__class__, isinstance(Color.RED, Color), type(Color.__members__))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), f"{Num.ONE}", Num.ONE + 1, Num.ONE == 1, Num.TWO > Num.ONE, str(Num.TWO), format(Num.TWO, '03d'), int(Num.TWO))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(0), repr(Perm(0)), Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.X), ~Perm.R, bool(Perm(0)))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP(8)), IP.A + 1, str(IP.A))
class A(Enum):
    X = auto()
    Y = auto()
class F(Flag):
    P = auto()
    Q = auto()
    R = auto()
print(list(A), [a.value for a in A], list(F), F.P | F.R)
class S(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(S.ALPHA, repr(S.ALPHA), S.ALPHA == 'alpha', S.BETA.upper())
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
try:
    class Color2(Color):
        PINK = 4
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(list(Shape), Enum('D', {'a': 'x'}).a)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.MARS.g, 3), Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    @classmethod
    def _missing_(cls, value):
        if value == 'x': return cls.HAPPY
    def describe(self): return self.name.lower()
    @staticmethod
    def st(): return 'st'
print(Mood('x'), Mood.HAPPY.describe(), Mood.st())
t(lambda: Mood('y'))
print(enum.EnumMeta is enum.EnumType, Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_)
print(sorted(Num), max(Num), Num(2), Num.ONE.real, Num.ONE.bit_length())
print({Color.RED: 'r'}[Color.RED], Color.RED != Color.GREEN)
print(Perm.R.value, Perm(6), Perm(7), repr(Perm(7)), list(Perm), Perm.R & Perm.W, Perm.W ^ Perm.R)
t(lambda: Perm(8))
t(lambda: Num(3))
t(lambda: Color())
t(lambda: Enum('E', 'A B')(3))
class Empty(Enum):
    def helper(self): pass
print(list(Empty), len(Empty))
class Sub(Empty):
    Z = 0
print(Sub.Z, Sub.Z.helper())
print(repr(Color), str(Color), repr(Num), repr(Perm.R|Perm.W|Perm.X))
class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(WithIgnore))
class Ord(Enum):
    A = 1
    def __lt__(self, o): return self.value < o.value
print(Ord.A < Ord.A)
print(IP.A & 3, IP.A | IP.B == 3, IP(3) in IP, list(IP(3)))
