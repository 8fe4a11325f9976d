# random's distributions after seeding. They use log/exp/sin/cos, which C libraries round
# correctly only nearly always, so values are printed to 12 significant digits.
import random


def show(name, values):
    print(name, [float(f"{v:.12g}") for v in values])


for seed in (0, 7, -3, "dist"):
    random.seed(seed)
    show("gauss", [random.gauss(0, 1) for _ in range(4)])
    show("gauss mu sigma", [random.gauss(5, 2) for _ in range(3)])
    show("normalvariate", [random.normalvariate(1, 3) for _ in range(4)])
    show("lognormvariate", [random.lognormvariate(0, 0.5) for _ in range(3)])
    show("expovariate", [random.expovariate(1.5) for _ in range(3)])
    show("vonmisesvariate", [random.vonmisesvariate(1, 2) for _ in range(3)] + [random.vonmisesvariate(0, 0)])
    show("gammavariate", [random.gammavariate(a, 2) for a in (0.5, 1.0, 2.5, 9)])
    show("betavariate", [random.betavariate(2, 3) for _ in range(3)])
    show("paretovariate", [random.paretovariate(2) for _ in range(3)])
    show("weibullvariate", [random.weibullvariate(1, 2) for _ in range(3)])
    print(random.randint(0, 10**6))

print(sum(random.gauss(10, 2) for _ in range(2000)) / 2000 > 9)
