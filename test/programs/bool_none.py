x = 1
print(True, False, None)
print(True and False, True or False, not True, not None)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' and 'y')
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool({}), bool(None), bool(0.0))
print(True == 1, False == 0, True is True, None is None, x is not None)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
