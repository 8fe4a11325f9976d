print('%s %r %d %i %f %.3f %e %g %x %o %c %%' % ('s', 's', 42, 7, 1.5, 2.0, 12345.678, 0.00001, 255, 8, 'z'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%10.4f|%-10.2f|%.0f' % (3.14159, 2.5, 2.5))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', 'b'), '%(x)s' % {'x': 1})
try:
    print('%d %d' % (1,))
except TypeError as e:
    print(e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print(e)
