LEAF = 'leaf'
