class Base:
    cls_attr = 'base'
    def method(self):
        return 'base method'
class Child(Base):
    pass
c = Child()
print(c.cls_attr, c.method(), Child.cls_attr)
c.cls_attr = 'instance'
print(c.cls_attr, Child.cls_attr, Base.cls_attr)
Base.cls_attr = 'changed'
print(Child().cls_attr)
del c.cls_attr
print(c.cls_attr)
c.method = lambda: 'instance function'
print(c.method(), Child().method())
print(Child.__name__, Child.__bases__, Base.__subclasses__() if False else 0, Child.__base__.__name__)
print(type(c.method).__name__ if False else 0, type(Child().method).__name__, type(Child.method).__name__)
