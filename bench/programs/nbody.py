# N-body gravity simulation: float arithmetic on body objects, pairwise loops over lists.
import _harness

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    # A sun and four made-up planets on roughly circular orbits.
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)]
    specs = [
        (5.2, 0.0, 0.1, 0.0, 0.45, 0.01, 9.5e-4),
        (-9.5, 1.0, -0.4, -0.05, -0.32, 0.005, 2.9e-4),
        (0.5, 19.2, 0.2, -0.21, 0.02, 0.002, 4.4e-5),
        (-29.0, -8.0, 0.9, 0.05, -0.17, -0.001, 5.2e-5),
    ]
    for x, y, z, vx, vy, vz, m in specs:
        bodies.append(Body(x, y, z, vx, vy, vz, m))
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1:]:
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def bench(scale):
    bodies = make_system()
    offset_momentum(bodies)
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
    energies = [energy(bodies)]
    for _ in range(scale):
        advance(bodies, pairs, 0.01, 1000)
        energies.append(energy(bodies))
    positions = sum(abs(b.x) + abs(b.y) + abs(b.z) for b in bodies)
    return sum(round(e * 1e9) for e in energies) + round(positions * 1e6)



DEFAULT_SCALE = 150
QUICK_SCALE = 15

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
