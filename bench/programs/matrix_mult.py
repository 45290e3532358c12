# Matrix multiplication on lists of float lists: triple loops, row/column access, transposes, zip and sum.
import _harness


def make_matrix(rows, cols, seed):
    state = seed
    matrix = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state % 2001 - 1000) / 1000.0)
        matrix.append(row)
    return matrix


def mult_naive(a, b):
    n, m, p = len(a), len(b), len(b[0])
    result = [[0.0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        out = result[i]
        for j in range(p):
            total = 0.0
            for k in range(m):
                total += row[k] * b[k][j]
            out[j] = total
    return result


def transpose(m):
    return [list(col) for col in zip(*m)]


def mult_transposed(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def mult_ikj(a, b):
    p = len(b[0])
    result = []
    for row in a:
        out = [0.0] * p
        for k, aik in enumerate(row):
            bk = b[k]
            for j in range(p):
                out[j] += aik * bk[j]
        result.append(out)
    return result


def trace(m):
    return sum(m[i][i] for i in range(min(len(m), len(m[0]))))


def fingerprint(m):
    return sum(round(x * 1000) * (i % 7 + 1) for i, row in enumerate(m) for x in row)


def bench(scale):
    checksum = 0
    size = 24
    for k in range(scale):
        a = make_matrix(size, size + 4, k + 1)
        b = make_matrix(size + 4, size, k + 1000)
        c1 = mult_naive(a, b)
        c2 = mult_transposed(a, b)
        c3 = mult_ikj(a, b)
        checksum += fingerprint(c1) + round(trace(c2) * 1e6) + fingerprint(c3)
        checksum += round(sum(abs(x - y) for r1, r2 in zip(c1, c3) for x, y in zip(r1, r2)) * 1e9)
    return checksum



DEFAULT_SCALE = 130
QUICK_SCALE = 13

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
