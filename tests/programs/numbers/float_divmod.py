# float: / // % divmod sign rules with negatives, -0.0 results, inf/nan, zero division messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf")
nan = float("nan")
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2), (-7.5, 2), (0.0, 3.0),
         (-0.0, 3.0), (0.0, -3.0), (-0.0, -3.0), (1.0, 0.1), (0.3, 0.1), (-0.3, 0.1), (1e300, 1e-300),
         (5e-324, 3.0), (-5e-324, 3.0), (1e16, 3.0), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (2.5, 0.5),
         (-1e-20, 1.0), (1e-20, -1.0), (3, 0.7), (-3, 0.7), (10**20, 7.5)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a / b), repr(a // b), repr(a % b), repr(divmod(a, b)))

# infinities and nan
for a, b in [(inf, 2.0), (-inf, 2.0), (2.0, inf), (-2.0, inf), (2.0, -inf), (-2.0, -inf), (0.0, inf),
             (-0.0, inf), (0.0, -inf), (inf, inf), (inf, -inf), (nan, 1.0), (1.0, nan), (nan, nan),
             (inf, 0.5), (5, inf), (-5, inf)]:
    t(lambda: (a / b, a // b, a % b, divmod(a, b)))

# zero divisors
for a in (-1.0, inf, nan, 5):
    for b in (-0.0, 0):
        if isinstance(a, int) and isinstance(b, int):
            continue
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))

# dunders and NotImplemented
t(lambda: (7.0).__truediv__(2))
t(lambda: (7.0).__rtruediv__(2))
t(lambda: (7.0).__floordiv__(2))
t(lambda: (7.0).__rfloordiv__(30))
t(lambda: (7.0).__mod__(-2))
t(lambda: (7.0).__rmod__(-30))
t(lambda: (7.0).__divmod__(-2))
t(lambda: (7.0).__rdivmod__(30))
t(lambda: (7.0).__mod__("2"))
t(lambda: (7.0).__truediv__(10**400))
t(lambda: 7.0 / 10**400)
t(lambda: 7.0 // "a")
t(lambda: divmod(7.0, None))
t(lambda: 7.0 % 1j)
t(lambda: divmod(7.0, 1j))
t(lambda: 1.0 // 1j)

# identity checks: a == b*q + r (approximately) and sign(r) == sign(b)
ok = True
for a in (-9.5, -3.25, -1.0, -0.1, 0.1, 1.0, 3.25, 9.5):
    for b in (-2.5, -0.3, 0.3, 2.5):
        q, r = divmod(a, b)
        if q != a // b or r != a % b or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            ok = False
            print("bad", a, b, q, r)
print("consistent", ok)
