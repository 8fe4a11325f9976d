a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {'k': 1}
d['k'] += 10
d['k'] *= 2
print(d)
l = [5, 6]
l[0] -= 1
l[-1] **= 2
print(l)
s = 'ab'
s *= 3
print(s)
n = 2 ** 62
n += n
print(n)
