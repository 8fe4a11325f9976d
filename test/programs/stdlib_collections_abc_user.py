import collections
from collections import UserString, UserDict, UserList, ChainMap, deque, OrderedDict, Counter, defaultdict
import collections.abc as cabc
print(isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Sequence), isinstance(ChainMap(), cabc.MutableMapping), isinstance(ChainMap(), cabc.Mapping))
print(isinstance(UserDict(), cabc.MutableMapping), isinstance(UserList(), cabc.MutableSequence), isinstance(UserString('a'), cabc.Sequence), isinstance(OrderedDict(), cabc.Mapping), isinstance(Counter(), dict), issubclass(defaultdict, cabc.MutableMapping))
print(UserDict.__module__, UserString.__module__, repr(UserDict), UserList.__mro__[1].__name__)
us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], type(us[1:]).__name__, us.upper(), us.lower(), us.split(), us.replace('l', 'L'), us.count('l'), us.find('o'), us.startswith('He'))
print(us + '!', '>' + us, us * 2, us == 'Hello World', us < 'Z', 'World' in us, us.center(15, '*'), us.zfill(14), us.title(), us.swapcase(), us.strip('Hd'), int(UserString('42')) + 1, float(UserString('1.5')))
print(UserString('%s-%d') % ('a', 3), hash(UserString('x')) == hash('x'), sorted([UserString('b'), UserString('a')]), list(reversed(UserString('abc'))), UserString(123), UserString('a b').partition(' '))
print(us.index('W'), us.rfind('o'), us.isalpha(), UserString('abc').isalpha(), us.encode(), us.join(['1', '2']), us.ljust(13, '.'), us.expandtabs(), us.casefold(), us.capitalize(), us.removeprefix('Hello '))
ud = UserDict({'a': 1}); print(ud.keys(), ud.items(), ud.values(), list(ud), ud == {'a': 1}, dict(ud), ud.get('a'), ud.pop('a'), ud)
ul = UserList([1, 2, 3]); print(list(iter(ul)), list(reversed(ul)), ul.index(2), 2 in ul, ul + [4], ul[::-1])
cm = ChainMap({'a': 1}, {'b': 2}); print(cm.keys(), cm.items(), cm.values(), list(cm.keys()), cm.keys() & {'a'}, cm.items() == {('a', 1), ('b', 2)}, 'a' in cm.keys())
class DM(UserDict):
    def __missing__(self, k): return 0
print(DM().get('x'), DM()['y'])
d = deque([1, 2]); print(cabc.Sequence.index(d, 2) if hasattr(cabc.Sequence, 'index') else '', issubclass(deque, cabc.Reversible))
