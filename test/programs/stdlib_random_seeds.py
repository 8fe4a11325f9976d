# random with CPython's Mersenne Twister and seeding: the same numbers for int, negative, big int,
# float, str and bytes seeds, from every function that draws only on random() and getrandbits().
import random

SEEDS = [0, 1, 42, -7, 2**100 + 12345, -(2**64), 3.5, "hello", "ünïcode ✓", b"bytes", bytearray(b"ba"), True]

for seed in SEEDS:
    random.seed(seed)
    print(repr(seed), random.random(), random.random())
    print(" ", random.randint(1, 100), random.randrange(1000), random.randrange(0, 1000, 7), random.randrange(50, 10, -3))
    print(" ", random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
    xs = list(range(15))
    random.shuffle(xs)
    print(" ", xs)
    print(" ", random.sample(range(100), 5), random.sample(range(10**6), 7), random.sample("abcdefghij", 10))
    print(" ", random.choices("abc", k=6), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=4),
          random.choices("xyz", cum_weights=[1, 1, 10], k=3))
    print(" ", random.uniform(1, 10), random.uniform(-1, 1), random.triangular(), random.triangular(0, 10, 2))
    print(" ", random.getrandbits(1), random.getrandbits(32), random.getrandbits(53), random.getrandbits(70),
          random.getrandbits(200))
    print(" ", random.randrange(10**30), random.randint(-10**20, 10**20), random.randbytes(6))
    print(" ", random.sample(range(5), 3, counts=[1, 0, 2, 3, 1]))

r = random.Random(2024)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state), state[0], len(state[1]), state[1][-1])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == first[0])
a, b = random.Random("same"), random.Random("same")
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
random.seed(99)
g = random.getstate()
print(random.random(), random.Random(99).random())
random.setstate(g)
print(random.random())
random.seed()
print(0.0 <= random.random() < 1.0, random.seed(None))


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.randint(1, 10), h.choice([1, 2, 3]), h.uniform(0, 10), h.randrange(100))
