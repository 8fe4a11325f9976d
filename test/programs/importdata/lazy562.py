"""A module with PEP 562 hooks: __getattr__ makes names on first use."""
__all__ = ['eager', 'lazy']
eager = 'here from the start'
made = []


def __getattr__(name):
    if name == 'lazy':
        made.append(name)
        value = 'made on demand'
        globals()[name] = value
        return value
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
