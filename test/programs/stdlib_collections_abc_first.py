# The ABCs imported before collections: collections registers deque and ChainMap itself.
from collections.abc import MutableSequence, MutableMapping, Sequence
from collections import deque, ChainMap, UserList
print(isinstance(deque(), MutableSequence), isinstance(ChainMap(), MutableMapping), issubclass(UserList, Sequence), isinstance([], MutableSequence))
