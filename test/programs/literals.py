print(0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1, 1_000_000, 0x_ff_ff, 0b_1010)
print(1.5e3, 1E-2, 2.5e+2, .5, 5., 1_0.0_1, 0e0, 1e308 * 10)
print(00, 0, 000)
print(1j if False else 'complex later')
print('a\
b')
print(b'bytes' if False else 'bytes later')
