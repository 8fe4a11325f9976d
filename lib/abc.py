"""Abstract base classes: ABCMeta, ABC, abstractmethod, and virtual subclasses by register().

tspy's own implementation of CPython 3.11's abc module. Assigning a non-empty __abstractmethods__
to a class makes object.__new__ refuse it ("Can't instantiate abstract class ..."), as in CPython.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

# Bumped by every register(), so cached negative answers of __subclasscheck__ go stale.
_invalidation = [0]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated spelling of @classmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated spelling of @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


class abstractproperty(property):
    """Deprecated spelling of @property over @abstractmethod."""
    __isabstractmethod__ = True


def get_cache_token():
    """A value that changes whenever a virtual subclass is registered with any ABC."""
    return _invalidation[0]


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _compute_abstracts(cls, own):
    names = set()
    for name, value in own:
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    cls.__abstractmethods__ = frozenset(names)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced; returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        _compute_abstracts(cls, list(cls.__dict__.items()))
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        own = list(namespace.items())
        # Each ABC's own registry and caches (in the namespace: cheaper than setting them after).
        namespace['_abc_registry'] = []
        namespace['_abc_cache'] = set()
        namespace['_abc_negative_cache'] = set()
        namespace['_abc_negative_cache_version'] = _invalidation[0]
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls, own)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so it works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        klass = getattr(instance, '__class__', None)
        if klass is not None and klass in cls._abc_cache:
            return True
        actual = type(instance)
        if klass is None or klass is actual:
            if (cls._abc_negative_cache_version == _invalidation[0]
                    and actual in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != _invalidation[0]:
            cls._abc_negative_cache.clear()
            cls._abc_negative_cache_version = _invalidation[0]
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
            return answer
        found = cls in subclass.__mro__
        if not found:
            for candidate in cls._abc_registry:
                if issubclass(subclass, candidate):
                    found = True
                    break
        if not found:
            for candidate in cls.__subclasses__():
                if issubclass(subclass, candidate):
                    found = True
                    break
        (cls._abc_cache if found else cls._abc_negative_cache).add(subclass)
        return found

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes (metaclass ABCMeta)."""
    __slots__ = ()
