a = [5, 3, 8, 1]
a.extend([9, 2])
a.insert(0, 7)
a.insert(100, 0)
print(a, a.index(8), a.count(3))
a.remove(3)
print(a, a.pop(), a.pop(1), a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'x'), (2, 'a'), (1, 'y')]
print(sorted(pairs, key=lambda p: p[0]))
b = a[:]
b.clear()
print(b, a, [1, 2] * 0, list(range(3)) + [3])
nums = [3, 1, 2]
nums[1:2] = [10, 11, 12]
print(nums)
nums[::2] = ['a', 'b', 'c'][:len(nums[::2])]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
