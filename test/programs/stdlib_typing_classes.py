# typing: Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints and friends.
import typing
from typing import *
T = TypeVar('T')
print(repr(typing.Generic), typing.Protocol)
class A:
    x: int
    y: 'List[int]'
    z: ClassVar[int] = 3
print(get_type_hints(A))
def f(a: 'int', b: Optional[str] = None) -> None: pass
print(get_type_hints(f))
print(typing.ForwardRef('X'), typing.Tuple, typing.Callable, typing.Type, typing.Literal, typing.Optional, typing.Union)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class NP(Protocol):
    def m(self): ...
try: isinstance(1, NP)
except TypeError as e: print(e)
try: NP()
except TypeError as e: print(e)
class Impl(NP):
    def m(self): return 5
print(Impl().m(), Impl.__mro__)
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance('a', typing.SupportsIndex))
class NT(NamedTuple):
    a: int
    b: str = 'x'
try:
    class NT2(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
print(NT._fields, NT(1))
class TD(TypedDict, total=False):
    a: int
print(TD.__total__, TD.__required_keys__, TD.__optional_keys__, is_typeddict(TD))
try: isinstance({}, TD)
except TypeError as e: print(e)
print(typing.Text, typing.Hashable, typing.Sized, typing.ByteString)
UserId = NewType('UserId', int)
print(UserId(3), UserId.__supertype__, UserId.__name__)
try:
    class X(UserId): pass
except TypeError as e: print(e)
print(typing.Annotated[int, 'x'].__metadata__, get_type_hints(A, include_extras=True))
print(Final, ClassVar, typing.Self, typing.Never, typing.LiteralString, typing.TypeAlias)
print(cast('int', 3), typing.no_type_check(f) is f, typing.final(f) is f)
print(typing.IO, typing.TextIO, typing.BinaryIO, typing.TextIO.__mro__)
P = typing.ParamSpec('P'); print(P, P.args, P.kwargs)
print(typing.Concatenate[int, P])
print(typing.get_args(typing.Tuple[int, ...]), typing.get_args(Tuple[()]), typing.get_args(int))
class Pair(Generic[T, typing.AnyStr]):
    pass
print(Pair[int, str], Pair.__parameters__)
class Sub(Box := Pair[int, T]):
    pass
print(Sub.__parameters__, Sub.__orig_bases__, Sub[str])
class MyList(List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))
class MyMap(typing.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter(['a'])
    def __len__(self): return 1
print(dict(MyMap()), MyMap.__mro__[1])
try:
    class G(Generic): pass
except TypeError as e: print(e)
def g(x: List['int']) -> 'Dict[str, int]': pass
print(get_type_hints(g))
print(typing.Optional[int].__args__, get_origin(Optional[int]) is Union, Literal[True] == Literal[1])
@typing.final
class Fin: pass
print(Fin.__final__, typing.get_overloads(f) == [], typing.is_typeddict(dict))
try: typing.assert_never(3)
except AssertionError as e: print(e)
try: List[int]()
except TypeError as e: print(e)
try: typing.Tuple()
except TypeError as e: print(e)
try: Callable[int]
except TypeError as e: print(e)
print(typing.List is typing.List, hash(List[int]) == hash(List[int]), {List[int]: 1}[List[int]])
