# Recursive function calls: naive fibonacci, small int arithmetic and comparisons.
import _harness


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo):
    if n in memo:
        return memo[n]
    value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value


def bench(scale):
    # Each round computes fib(20..23) (22k-93k calls); scale is the number of rounds.
    total = 0
    for i in range(scale):
        total += fib(20 + i % 4)
        total += fib_memo(90 + i % 5, {0: 0, 1: 1}) % 1000003
    return total



DEFAULT_SCALE = 200
QUICK_SCALE = 20

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
