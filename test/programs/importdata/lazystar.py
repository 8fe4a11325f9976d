"""PEP 562 and import *: names in __all__ that only __getattr__ knows."""
__all__ = ['plain', 'deferred']
plain = 1


def __getattr__(name):
    if name == 'deferred':
        return 'deferred value'
    raise AttributeError(name)
