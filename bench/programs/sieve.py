# Prime sieves: a bytearray sieve with slice assignment, a list-of-bools sieve with while loops, and prime sums.
import _harness


def sieve_bytearray(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
        i += 1
    return [n for n in range(limit + 1) if flags[n]]


def sieve_list(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
    return [n for n, flag in enumerate(is_prime) if flag]


def twin_count(primes):
    return sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)


def bench(scale):
    limit = scale * 10000
    a = sieve_bytearray(limit)
    b = sieve_list(limit)
    if a != b:
        raise AssertionError("sieves disagree")
    gaps = {}
    for p, q in zip(b, b[1:]):
        gaps[q - p] = gaps.get(q - p, 0) + 1
    biggest_gap = max(gaps)
    return len(a) * 1000003 + sum(a) % 1000000007 + twin_count(b) * 31 + biggest_gap



DEFAULT_SCALE = 350
QUICK_SCALE = 35

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
