# Spectral norm of an implicit infinite matrix: nested loops, float division, list building, zip/sum.
import _harness


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out.append(total)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vbv / vv) ** 0.5


def bench(scale):
    # Scale is the number of small problems; sizes cycle so every run does the same mix.
    checksum = 0
    for k in range(scale):
        n = 40 + (k % 4) * 10
        checksum += round(spectral_norm(n, 5) * 1e9)
    return checksum



DEFAULT_SCALE = 60
QUICK_SCALE = 6

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
