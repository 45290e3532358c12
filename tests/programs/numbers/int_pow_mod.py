# int: 3-argument pow incl. negative exponent (modular inverse), negative modulus, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b, e, m in [(2, 10, 1000), (3, 200, 1000000007), (-3, 3, 7), (3, 3, -7), (-3, 3, -7),
                (0, 0, 5), (5, 0, 1), (5, 0, -1), (0, 5, 3), (7, 1, 7), (2, 2**100, 10**9 + 7),
                (2**100, 3**50, 5**30), (-(2**100), 3, 2**61 - 1), (10, 20, 2**64),
                (123456789, 987654321, 1), (1, 10**30, 97), (True, 5, 3), (4, True, 3)]:
    t(lambda: pow(b, e, m))

# negative exponent with modulus: modular inverse (3.8+)
for b, e, m in [(3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (2, -1, 2**61 - 1),
                (38, -1, 97), (10, -3, 10**9 + 7), (1, -1, 1), (5, -1, 1), (5, -1, -1),
                (12345678901234567890, -1, 10**20 + 39)]:
    t(lambda: pow(b, e, m))
    r = pow(b, -e, m)
    try:
        inv = pow(b, e, m)
        print("check", (inv * r) % m == 1 % m)
    except ValueError:
        pass

# not invertible
t(lambda: pow(2, -1, 4))
t(lambda: pow(0, -1, 5))
t(lambda: pow(6, -2, 9))
t(lambda: pow(10**20, -1, 10**10))

# zero modulus
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 0))
t(lambda: pow(0, 0, 0))

# type errors
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(2, 3, "5"))
t(lambda: pow("2", 3, 5))
t(lambda: pow(2, 3, None))
t(lambda: pow(2, -1, None))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(2, 3, mod=5))
t(lambda: pow(2, exp=3, mod=5))
t(lambda: pow(2, 3, mod=None))

# consistency check against naive computation
ok = True
for b in range(-6, 7):
    for e in range(0, 6):
        for m in list(range(-5, 0)) + list(range(1, 6)):
            if pow(b, e, m) != (b ** e) % m:
                ok = False
                print("mismatch", b, e, m)
print("consistent", ok)
