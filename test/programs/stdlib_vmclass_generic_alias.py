# Builtin generic aliases and union types, as annotations evaluate them at run time (PEP 585, 604).
import collections


def f(x: int | None = None, *, y: list[int] = []) -> dict[str, list[int]]:
    return x


print(f.__annotations__)
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(type(list[int]), type(list[int]).__name__, type(int | str))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]('ab'))
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[int].__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int].append is list.append, list[int].__name__)
print(int | str, int | None, None | int, int | str | int, (int | str) | (float | None), int | int)
print(list[int] | None, (int | str).__args__)
print((int | str) == (str | int), (int | str) == (int | float))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList([3]))
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance(1, int | list[int]), lambda: int[3], lambda: int | 3, lambda: 'a' | int):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(int, '__class_getitem__'), hasattr(list, '__class_getitem__'))
import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, ()))
for x in [{}.keys(), {}.items(), bytearray(), [], {}]:
    try:
        print(hash(x))
    except TypeError as e:
        print("TypeError:", e)
print(hash({}.values()) != 0, {}.keys().__hash__, {}.items().__hash__, bytearray.__hash__, list.__hash__)
