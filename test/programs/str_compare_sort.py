words = ['delta', 'Alpha', 'charlie', 'Bravo', 'alpha']
print(sorted(words), sorted(words, key=str.casefold), min(words), max(words))
print('a' < 'B', 'abc' < 'abcd', '' < 'a', 'Z' < 'a', sorted(['10', '9', '100']), sorted([10, 9, 100]))
print('apple' == 'apple', 'a' != 'b', 'b' > 'a' > 'A', [w for w in words if w.lower().startswith('a')])
