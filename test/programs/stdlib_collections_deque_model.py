# A deque driven by random operations against a list model: the ring buffer must agree at every step.
from collections import deque
import itertools
# mixed operations against a list model
d = deque(); model = []
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for step in range(6000):
    op = rnd(9) if step % 1000 < 700 else rnd(2) + 2
    v = rnd(100)
    if op == 0: d.append(v); model.append(v)
    elif op == 1: d.appendleft(v); model.insert(0, v)
    elif op == 2 and model: assert d.pop() == model.pop()
    elif op == 3 and model: assert d.popleft() == model.pop(0)
    elif op == 4 and model:
        k = rnd(7) - 3; d.rotate(k)
        if model: k %= len(model); model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5 and model: i = rnd(len(model)); d[i] = v; model[i] = v
    elif op == 6: d.extendleft([v, v + 1]); model[:0] = [v + 1, v]
    elif op == 7 and model: i = rnd(len(model)); del d[i]; del model[i]
    elif op == 8: r = list(range(rnd(4))); d.extend(r); model.extend(r)
    assert list(d) == model and len(d) == len(model), step
print(len(d), list(d)[:10], list(reversed(d))[:5], d[0] if d else None, d[-1] if d else None)
m = deque(maxlen=5)
for i in range(20):
    (m.append if i % 3 else m.appendleft)(i)
print(m, list(itertools.islice(m, 2)))
