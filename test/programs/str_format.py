x, name, pi = 42, 'Ada', 3.14159265
print(f'{x} {name!r} {pi:.3f} {x:>6} {x:<6}| {x:^6}| {x:06d} {x:+d} {-x:d}')
print(f'{1234567:,} {1234567.891:,.2f} {0.25:%} {0.256:.1%} {255:x} {255:X} {255:#x} {5:08b} {8:o}')
print(f'{pi:e} {pi:.2e} {1e20:g} {0.0001:g} {123.0:g} {pi!s:>10} {"left":<8}|')
print(f'{x=} {name=!s} {pi=:.1f}')
w = 10
print(f'{name:>{w}}|{x:{w}.2f}|')
print('{} and {}'.format('a', 'b'), '{1} {0}'.format('x', 'y'), '{n} is {v:.1f}'.format(n='v', v=2.25))
print('{:>5}|{:<5}|{:^5}|'.format(1, 2, 3), '{0[0]} {1[k]}'.format([9], {'k': 'v'}))
print('%d items, %s, %.2f, %5s|%-5s|, %x, %r, %%' % (3, 'str', 2.5, 'r', 'l', 255, 'q'))
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%c%c' % (72, 'i'))
print(format(3.14159, '.2f'), format(42, 'b'), format('s', '>3'), format(1e-7), str(1e-7))
print(f'{{literal}} {x}{{}}')
