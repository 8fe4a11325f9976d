def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('wrong handler')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'recovered'
print(level1())
try:
    try:
        raise ValueError('v')
    except ValueError:
        try:
            raise TypeError('t')
        except TypeError as inner:
            print('inner', inner)
        print('still handling')
        raise
except ValueError as e:
    print('re-raised original', e)
