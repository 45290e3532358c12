def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
lengths = {n: collatz_len(n) for n in range(1, 11)}
print(lengths)
print(max(lengths, key=lengths.get))
print([list(map(int, str(n))) for n in (12, 305)])
print(sorted((collatz_len(n), n) for n in range(1, 20))[-3:])
