# N-queens counting: recursive backtracking with sets, plus a generator-based permutation filter.
import _harness


def count_queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            found += place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)
        return found

    return place(0)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (item,) + rest


def queens_by_permutation(n):
    # Every permutation places one queen per row and column; keep those with distinct diagonals.
    cols = range(n)
    for perm in permutations(list(cols)):
        if len({perm[i] + i for i in cols}) == n and len({perm[i] - i for i in cols}) == n:
            yield perm


def bench(scale):
    checksum = 0
    for k in range(scale):
        checksum += count_queens(8 + k % 2) * 7
        solutions = list(queens_by_permutation(6))
        checksum += len(solutions) + sum(p[0] * 10 + p[-1] for p in solutions)
    return checksum



DEFAULT_SCALE = 100
QUICK_SCALE = 10

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
