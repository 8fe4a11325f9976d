print('abc'[-4])
