def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def prime_factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(gcd(1071, 462), gcd(0, 5), gcd(17, 5))
print([n for n in range(50) if is_prime(n)])
print(prime_factors(360), prime_factors(97), prime_factors(2 ** 10 * 3 ** 5), prime_factors(600851475143))
print(sum(i for i in range(1000) if i % 3 == 0 or i % 5 == 0))
print(int("".join(reversed(str(2 ** 50)))), sum(map(int, str(2 ** 1000))))
print(pow(7, 10 ** 6, 13), (10 ** 100) % 97, -(10 ** 100) // 97 % 1000)
