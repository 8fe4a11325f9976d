tests = [
    lambda: [1, 2].index(5),
    lambda: [].remove(1),
    lambda: [1][3],
    lambda: [1, 2, 3].pop(10),
    lambda: [3, 'a'].sort(),
    lambda: [1] + (2,),
    lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
