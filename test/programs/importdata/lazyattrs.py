eager = 1


def __getattr__(name):
    if name.startswith('lazy_'):
        print("computing", name)
        value = name.upper()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ['eager', 'lazy_star']
