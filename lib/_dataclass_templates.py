"""Compiled templates for the methods dataclasses generates (tspy only, not a CPython module).

dataclasses gives each template's code the fields' names with code.replace() and makes a function
of it: the common __init__ and __eq__ are then real functions, as fast as hand-written ones,
without compiling source at run time. Imported when the first dataclass is created.
"""

# __init__ storing every field from its positional parameter (_tN), then calling __post_init__
# (_pN); __eq__ comparing the fields as tuples (_eN). Up to six fields: each template is a code
# object that loading this module decodes and verifies.


def _t0(self):
    pass


def _t1(self, _f0):
    self._f0 = _f0


def _t2(self, _f0, _f1):
    self._f0 = _f0
    self._f1 = _f1


def _t3(self, _f0, _f1, _f2):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2


def _t4(self, _f0, _f1, _f2, _f3):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3


def _t5(self, _f0, _f1, _f2, _f3, _f4):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3
    self._f4 = _f4


def _t6(self, _f0, _f1, _f2, _f3, _f4, _f5):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3
    self._f4 = _f4
    self._f5 = _f5


def _p0(self):
    self.__post_init__()


def _p1(self, _f0):
    self._f0 = _f0
    self.__post_init__()


def _p2(self, _f0, _f1):
    self._f0 = _f0
    self._f1 = _f1
    self.__post_init__()


def _p3(self, _f0, _f1, _f2):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self.__post_init__()


def _p4(self, _f0, _f1, _f2, _f3):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3
    self.__post_init__()


def _p5(self, _f0, _f1, _f2, _f3, _f4):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3
    self._f4 = _f4
    self.__post_init__()


def _p6(self, _f0, _f1, _f2, _f3, _f4, _f5):
    self._f0 = _f0
    self._f1 = _f1
    self._f2 = _f2
    self._f3 = _f3
    self._f4 = _f4
    self._f5 = _f5
    self.__post_init__()


INIT_TEMPLATES = (_t0, _t1, _t2, _t3, _t4, _t5, _t6,)


POST_INIT_TEMPLATES = (_p0, _p1, _p2, _p3, _p4, _p5, _p6,)


def _e0(self, other):
    if other.__class__ is self.__class__:
        return () == ()
    return NotImplemented


def _e1(self, other):
    if other.__class__ is self.__class__:
        return (self._f0,) == (other._f0,)
    return NotImplemented


def _e2(self, other):
    if other.__class__ is self.__class__:
        return (self._f0, self._f1) == (other._f0, other._f1)
    return NotImplemented


def _e3(self, other):
    if other.__class__ is self.__class__:
        return (self._f0, self._f1, self._f2) == (other._f0, other._f1, other._f2)
    return NotImplemented


def _e4(self, other):
    if other.__class__ is self.__class__:
        return (self._f0, self._f1, self._f2, self._f3) == (other._f0, other._f1, other._f2, other._f3)
    return NotImplemented


def _e5(self, other):
    if other.__class__ is self.__class__:
        return (self._f0, self._f1, self._f2, self._f3, self._f4) == (other._f0, other._f1, other._f2, other._f3, other._f4)
    return NotImplemented


def _e6(self, other):
    if other.__class__ is self.__class__:
        return (self._f0, self._f1, self._f2, self._f3, self._f4, self._f5) == (other._f0, other._f1, other._f2, other._f3, other._f4, other._f5)
    return NotImplemented


EQ_TEMPLATES = (_e0, _e1, _e2, _e3, _e4, _e5, _e6,)
