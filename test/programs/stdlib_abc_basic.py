import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area()}"


print(type(Shape), type(Shape).__name__, ABCMeta.__module__, ABC.__abstractmethods__)
print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


try:
    Square(2)
except TypeError as e:
    print("TypeError:", e)


class RealSquare(Square):
    name = "square"

    def perimeter(self):
        return 4 * self.s


sq = RealSquare(3)
print(sq.describe(), sq.perimeter(), RealSquare.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(RealSquare, Shape), isinstance(3, Shape))


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented


class Pic:
    def draw(self):
        return "pic"


print(isinstance(Pic(), Drawable), issubclass(Pic, Drawable), issubclass(int, Drawable))


class Sized2(ABC):
    pass


print(Sized2.register(tuple) is tuple, isinstance((1,), Sized2), issubclass(tuple, Sized2), issubclass(list, Sized2))


@Sized2.register
class Mine:
    pass


print(isinstance(Mine(), Sized2), Mine.__name__)


class SubSized(Sized2):
    pass


SubSized.register(list)
print(issubclass(list, SubSized), issubclass(list, Sized2), issubclass(dict, Sized2))
token = abc.get_cache_token()
Sized2.register(dict)
print(abc.get_cache_token() != token, issubclass(dict, Sized2))
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    SubSized.register(Sized2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Sized2)
except TypeError as e:
    print("TypeError:", e)


class WithClassMethods(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithClassMethods.__abstractmethods__))
try:
    WithClassMethods()
except TypeError as e:
    print("TypeError:", e)


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


Later.go = lambda self: "went"
abc.update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)
print(abc.abstractmethod(lambda: 1).__isabstractmethod__)
