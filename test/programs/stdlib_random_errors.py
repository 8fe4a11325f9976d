# random's errors, with CPython's messages.
import random
# (Floats passed to randrange() make CPython print a DeprecationWarning, which tspy does not: left out.)

r = random.Random(1)
calls = [
    "r.randrange(0)", "r.randrange(5, 5)", "r.randrange(5, 1)", "r.randrange(1, 10, 0)", "r.randrange(1, 2, -1)",
    "r.randrange(3, step=2)", "r.choice([])", "r.choice('')",
    "r.choices([1, 2], [1])", "r.choices([1], [0])", "r.choices([1], [1], cum_weights=[1])", "r.choices([1, 2], 3)",
    "r.choices([1, 2], [float('inf'), 1])", "r.choices([1, 2], [-1, -2])", "r.sample([1, 2], 3)", "r.sample({1, 2}, 1)",
    "r.sample([1, 2], -1)", "r.sample({'a': 1}, 1)", "r.sample([1, 2], 1, counts=[1])",
    "r.sample(range(5), k=2, counts=[0, 0, 0, 0, 0])", "r.getrandbits(-1)", "r.randbytes(-1)", "r.seed([1])",
    "r.setstate((9,))", "r.setstate((3, (1, 2), None))", "r.randint(1)", "r.uniform(1)", "r.expovariate(0)",
    "r.gammavariate(0, 1)", "r.shuffle((1, 2))", "random.Random(1, 2)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
