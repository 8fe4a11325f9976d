# Attributes of property/classmethod/staticmethod objects, and object.__new__ refusing a class whose
# __abstractmethods__ is non-empty (what abc builds on).


def f():
    pass


f.__isabstractmethod__ = True
p = property(lambda s: 1)
print(p.fget is not None, p.fset, p.fdel, p.__doc__, p.__isabstractmethod__)
print(classmethod(len).__func__, staticmethod(len).__func__, staticmethod(len).__wrapped__)
print(classmethod(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__, property(f).__isabstractmethod__)
print(property(None, f).__isabstractmethod__, classmethod(len).__isabstractmethod__)


class X:
    @property
    def a(self):
        "doc a"
        return 1

    @a.setter
    def a(self, v):
        pass


print(X.a.__doc__, X.__dict__['a'].fget.__name__, X.a.fset.__name__, property(doc='given').__doc__)
try:
    X.a.fget = None
except AttributeError as e:
    print("AttributeError")


class A:
    pass


A.__abstractmethods__ = frozenset({'g', 'f'})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset({'g'})
try:
    object.__new__(A)
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print(Base.__subclasses__(), Left.__subclasses__(), Both.__subclasses__())
print(object.__subclasshook__(), Base.__subclasshook__(int))
