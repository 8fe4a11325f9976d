def documented():
    """This function has a docstring.

    And a second paragraph.
    """
    return 1
def plain():
    return 2
print(documented.__doc__)
print(plain.__doc__, documented.__name__, documented.__qualname__)
class K:
    """Class doc."""
    def m(self):
        "method doc"
print(K.__doc__, K.m.__doc__, K.m.__qualname__)
def annotated(x: int, y: 'str' = 'a') -> bool:
    return True
print(annotated(1), annotated.__annotations__)
