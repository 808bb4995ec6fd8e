# Float powers and exponentials equal CPython's to the last bit (issue 14: `x ** y`
# differed for about 1 argument in 1,300, so nbody never matched): `**`, math.pow,
# math.exp over many arguments, and a few steps of the pyperformance nbody kernel.
import math

seed = 12345


def rand():
    global seed
    seed = seed * 48271 % 2147483647  # stays below 2**53
    return seed / 2147483647


line = []


def show(v):
    line.append(v.hex())
    if len(line) == 6:
        print(" ".join(line))
        line.clear()


for i in range(600):
    x = rand() * 10 + 1e-3
    y = rand() * 40 - 20
    show(x**y)
    show(math.pow(x, y / 7))
for i in range(300):
    show(math.exp(rand() * 1400 - 700))
    show(math.exp(rand() * 4 - 2))
for i in range(200):
    show((-rand() * 3 - 0.5) ** float(i % 23 - 11))
    show((1 + (rand() - 0.5) * 1e-4) ** (rand() * 2e4))
print(" ".join(line))

# nbody (pyperformance) advance(): `** -1.5` on every pair
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
bodies = [
    ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    ([4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01],
     [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR], 9.54791938424326609e-04 * SOLAR_MASS),
    ([8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01],
     [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR], 2.85885980666130812e-04 * SOLAR_MASS),
    ([1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01],
     [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR], 4.36624404335156298e-05 * SOLAR_MASS),
    ([1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01],
     [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR], 5.15138902046611451e-05 * SOLAR_MASS),
]
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def energy():
    e = 0.0
    for (r1, v1, m1), (r2, v2, m2) in pairs:
        dx, dy, dz = r1[0] - r2[0], r1[1] - r2[1], r1[2] - r2[2]
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for r, v, m in bodies:
        e += m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 2.0
    return e


def advance(dt, n):
    for _ in range(n):
        for ([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2) in pairs:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m, b2m = m1 * mag, m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for r, (vx, vy, vz), m in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


print(repr(energy()))
advance(0.01, 2000)
print(repr(energy()), [repr(c) for c in bodies[1][0]])
