print('raises: runs')
COUNT = 1
raise ValueError('raised while importing')
