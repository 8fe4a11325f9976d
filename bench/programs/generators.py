# Generators and comprehensions: pipelines of generator functions and expressions.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def pairs(xs):
    it = iter(xs)
    for a in it:
        b = next(it, 0)
        yield a, b


total = sum(a - b for a, b in pairs(squares(x for x in naturals(300000) if x % 3)))
evens = [x for x in range(200000) if x % 2 == 0]
table = {x: x * x for x in range(0, 50000, 7)}
nested = sum(len([y for y in range(x % 10)]) for x in range(20000))
print(total, len(evens), sum(table.values()) % 1000003, nested)
