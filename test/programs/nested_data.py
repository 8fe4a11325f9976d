people = [
    {'name': 'Ann', 'age': 31, 'tags': ['admin', 'dev']},
    {'name': 'Bob', 'age': 25, 'tags': []},
]
for p in people:
    print(p['name'], p['age'], len(p['tags']))
people[1]['tags'].append('new')
print(people[1])
grid = [[0, 0, 0], [0, 0, 0]]
grid[0][1] = 5
print(grid)
matrix = {}
matrix[(0, 0)] = 'origin'
matrix[(1, 2)] = 'point'
print(matrix[(1, 2)], (0, 0) in matrix, len(matrix))
