def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t('') or t(None))
print(t(1) and t(0) or t(7))
print(not t(0) and t('yes'))
