squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
evens = {i for i in range(0, 10000, 2)}
print(len(evens), 9998 in evens, 9999 in evens)
lookup = {i: str(i) for i in range(5000)}
print(len(lookup), lookup[4999], sum(len(v) for v in lookup.values()))
primes = [n for n in range(2, 2000) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(len(primes), primes[-5:])
