import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(b='x', a=1), ns == types.SimpleNamespace(a=2))
ns.c = [1]
del ns.a
print(ns, vars(ns), types.SimpleNamespace(z=2), types.SimpleNamespace())
ns.self = ns
print(ns)

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), 'b' in mp, list(mp), mp.get('z', 0), sorted(mp.items()), mp == {'a': 1, 'b': 2})
print(type(mp).__name__, types.MappingProxyType, mp | {'c': 3}, mp.copy())
for bad in (lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    mp['x'] = 1
except TypeError as e:
    print("TypeError:", e)


def f():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.GenericAlias, types.UnionType, isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.FunctionType.__name__, types.CodeType.__name__, types.ModuleType.__name__, types.EllipsisType, types.NotImplementedType)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcs, name, bases, ns)


X = types.new_class('X', (list[int],), {'metaclass': Meta}, lambda ns: ns.update(v=5))
print(X.__name__, X.made_by, X.v, X.__bases__, X.__orig_bases__, type(X).__name__)
print(types.resolve_bases((int, list[str])), types.prepare_class('Y', (int,)))
try:
    types.SimpleNamespace({'k': 1})
except TypeError as e:
    print("TypeError:", e)
