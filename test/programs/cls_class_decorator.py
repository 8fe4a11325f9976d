registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_hello(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@register
@add_hello
class Thing:
    pass
@register
class Other:
    pass
print(registry, Thing().hello())
