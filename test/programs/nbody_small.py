import math
bodies = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743],
    [4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037],
    [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
]
def energy():
    e = 0.0
    for i, (x1, y1, z1, vx, vy, vz, m1) in enumerate(bodies):
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in bodies[i + 1:]:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            e -= m1 * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e
def advance(dt):
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            b1, b2 = bodies[i], bodies[j]
            dx, dy, dz = b1[0] - b2[0], b1[1] - b2[1], b1[2] - b2[2]
            mag = dt / (dx * dx + dy * dy + dz * dz) ** 1.5
            b1[3] -= dx * b2[6] * mag; b1[4] -= dy * b2[6] * mag; b1[5] -= dz * b2[6] * mag
            b2[3] += dx * b1[6] * mag; b2[4] += dy * b1[6] * mag; b2[5] += dz * b1[6] * mag
    for b in bodies:
        b[0] += dt * b[3]; b[1] += dt * b[4]; b[2] += dt * b[5]
print(f'{energy():.9f}')
for _ in range(1000):
    advance(0.01)
print(f'{energy():.9f}')
print(bodies[1][0])
