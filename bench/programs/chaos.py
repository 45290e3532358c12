# Chaos game for an iterated function system: float affine maps, a deterministic LCG, a pixel histogram.
import _harness


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def next_float(self):
        return self.next_int() / 2147483648.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


def fern():
    return [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]


def choose(maps, cumulative, u):
    for m, limit in zip(maps, cumulative):
        if u < limit:
            return m
    return maps[-1]


def run_game(maps, rng, points, size):
    cumulative = []
    total = 0.0
    for m in maps:
        total += m.weight
        cumulative.append(total)
    grid = [[0] * size for _ in range(size)]
    x, y = 0.0, 0.0
    min_x = max_x = min_y = max_y = 0.0
    for step in range(points):
        m = choose(maps, cumulative, rng.next_float() * total)
        x, y = m.apply(x, y)
        if step < 20:
            continue
        min_x, max_x = min(min_x, x), max(max_x, x)
        min_y, max_y = min(min_y, y), max(max_y, y)
        col = int((x + 3.0) / 6.0 * (size - 1))
        row = int(y / 10.5 * (size - 1))
        if 0 <= col < size and 0 <= row < size:
            grid[row][col] += 1
    return grid, (min_x, max_x, min_y, max_y)


def bench(scale):
    rng = LCG(42)
    grid, bounds = run_game(fern(), rng, scale * 1000, 64)
    filled = sum(1 for row in grid for cell in row if cell)
    weighted = sum(r * 131 * cell + c * cell for r, row in enumerate(grid) for c, cell in enumerate(row))
    return filled * 1000003 + weighted + sum(round(b * 1e6) for b in bounds)



DEFAULT_SCALE = 500
QUICK_SCALE = 50

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
