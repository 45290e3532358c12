# comparisons between floats and ints (exact, no rounding), huge ints vs inf, nan, -0.0, chained, min/max
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

inf = float("inf")
nan = float("nan")
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 + 1, 2.0**53 + 2), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
         (10**16 + 1, 1e16), (10**22, 1e22), (10**23, 1e23), (10**30, 1e30), (2**1024, 1.7976931348623157e308),
         (2**1023, 2.0**1023), (2**1023 + 1, 2.0**1023), (10**400, inf), (-(10**400), -inf), (10**400, -inf),
         (10**400, nan), (0, -0.0), (0, 0.0), (-1, -1.0), (1, 0.9999999999999999), (1, 1.0000000000000002),
         (0, 5e-324), (0, -5e-324), (-1, -0.5), (3, 2.9999999999999996), (-(2**53) - 1, -(2.0**53)),
         (True, 1.0), (False, -0.0), (True, 0.5), (12345678901234567890, 12345678901234567890.0),
         (3**40, float(3**40)), (-(3**40), float(-(3**40)))]
for a, b in pairs:
    print(a if abs(a) < 10**30 else "big", repr(b), cmp(a, b), cmp(b, a))

# nan is unordered with everything, even itself
for x in (0, 1, -1, 10**400, 0.0, inf, -inf, nan, True):
    print(repr(x), cmp(nan, x), cmp(x, nan))
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], (nan,) == (nan,), [float("nan")] == [float("nan")])

# int(float) round-trip and equality chain
t(lambda: 0.1 == 1 / 10)
t(lambda: 0.1 + 0.2 == 0.3)
t(lambda: 1e16 + 1 == 1e16)
t(lambda: 2**53 + 1 == float(2**53 + 1))
t(lambda: 2**53 + 1 == 2**53 + 1.0)
t(lambda: -0.0 == 0 == 0.0 == False)
t(lambda: 1 < 1.5 < 2 < 2.5)
t(lambda: inf > 10**1000 > -inf)
t(lambda: 10**1000 > 1e308)
t(lambda: 10**1000 == inf)

# min/max/sorted with mixed ints and floats (stable, first wins on ties)
t(lambda: max(1, 1.0, True))
t(lambda: min(1.0, 1, True))
t(lambda: max(2**53 + 1, 2.0**53))
t(lambda: sorted([3, 2.5, -1, -1.0, 0, -0.0, 10**20, 1e20, True]))
t(lambda: sorted([2**53 + 1, 2.0**53, 2**53, 2.0**53 + 2]))
t(lambda: max([nan, 1.0, 2.0]))
t(lambda: max([1.0, nan, 2.0]))
t(lambda: min([2.0, 1.0, nan]))

# dunder results
t(lambda: (1.0).__eq__(1))
t(lambda: (1.0).__lt__(2**100))
t(lambda: (1.0).__eq__("1"))
t(lambda: (1.0).__gt__(None))
t(lambda: (1).__eq__(1.0))
t(lambda: (1.5).__ge__(True))
t(lambda: 1.0 < "2")
t(lambda: 1.0 > None)
t(lambda: 1.0 <= 1j)
t(lambda: 1.0 == 1 + 0j)

# equality across types used by containers
t(lambda: 1.0 in [1, 2])
t(lambda: [1, 2.0] == [1.0, 2])
t(lambda: {1: "a"} == {1.0: "a"})
t(lambda: (0.0,) < (0, 1))
t(lambda: [nan] < [nan])
