N = 100
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= N:
    if sieve[p]:
        for multiple in range(p * p, N + 1, p):
            sieve[multiple] = False
    p += 1
primes = [i for i, is_p in enumerate(sieve) if is_p]
print(len(primes), primes)
twin = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(twin)
