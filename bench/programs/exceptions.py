# Exceptions raised and caught in a loop, through calls, with finally clauses.
class Invalid(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Invalid(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i


def process(n):
    ok = bad = missing = cleanups = 0
    for i in range(n):
        try:
            try:
                ok += check(i)
            finally:
                cleanups += 1
        except Invalid as e:
            bad += e.args[0]
        except KeyError:
            missing += 1
    return ok, bad, missing, cleanups


print(process(200000))
