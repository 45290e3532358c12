# Closures, lambdas, nonlocal counters, and list/dict/set comprehensions (nested, filtered, with conditionals).
import _harness


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


def bench(scale):
    checksum = 0
    for k in range(scale):
        n = 200 + k % 5
        squares = [i * i for i in range(n)]
        evens = [s for s in squares if s % 2 == 0]
        table = {i: s % 97 for i, s in enumerate(squares)}
        inverse = {v: i for i, v in table.items()}
        residues = {s % 101 for s in squares}
        grid = [[(r * c) % 7 for c in range(20)] for r in range(20)]
        diagonal = [grid[i][i] for i in range(20)]
        pairs = [(a, b) for a in range(15) for b in range(a, 15) if (a + b) % 4 == 0]
        checksum += sum(evens) % 1000003 + sum(inverse) + len(residues) + sum(diagonal) + len(pairs)
        checksum += sum(sum(row) for row in grid)

        counter = make_counter(k)
        for i in range(100):
            counter(i % 3)
        checksum += counter(0)

        adders = make_adders(30)
        checksum += sum(f(k) for f in adders)
        pipeline = compose(lambda x: x * 3, lambda x: x + 7, lambda x: x % 1009)
        checksum += sum(map(pipeline, range(100)))
        checksum += sum(sorted(squares[:50], key=lambda s: (s % 10, -s))[:10])

        @memoize
        def collatz(m):
            if m == 1:
                return 0
            return 1 + collatz(m // 2 if m % 2 == 0 else 3 * m + 1)

        checksum += sum(collatz(m) for m in range(1, 60)) + len(collatz.cache)
        words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
        lengths = {w: len(w) for w in words if "a" in w}
        checksum += sum(lengths.values()) + len({w[0] for w in words})
    return checksum



DEFAULT_SCALE = 3000
QUICK_SCALE = 300

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
