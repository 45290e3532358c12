# hash() of floats: equals int hash for integral values, fractional values, inf/nan, -0.0, consistency
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

M = 2**61 - 1
for v in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 0.25, 1.5, -1.5, 0.1, -0.1, 1 / 3, 3.14159,
          1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1e16, 1e22, 1e100, 1e300, 1.7976931348623157e308,
          -1.7976931348623157e308, 2.0**61, 2.0**62, 2.0**63, float(M), 2.0**61 - 1024, 123456789.125,
          float("inf"), float("-inf")]:
    h = hash(v)
    same = (h == hash(int(v))) if v.is_integer() else None
    print(repr(v), h, same)

# hash(-1.0) is -2 like hash(-1)
print(hash(-1.0), hash(-1), hash(-1.0) == hash(-2.0))

# integral floats hash like the ints they equal, including huge ones
ok = True
for k in range(0, 1024, 37):
    for x in (2.0**k, -(2.0**k), 3.0 * 2.0**k if k < 1000 else 1.0):
        if hash(x) != hash(int(x)):
            ok = False
print("int-equal", ok)

# fractions: hash(n/d) relates to the modular inverse definition
def frac_hash(n, d):
    sign = -1 if n < 0 else 1
    h = (abs(n) % M) * pow(d, M - 2, M) % M
    h = sign * h
    return -2 if h == -1 else h
ok = True
for v in (0.5, -0.5, 0.1, 1e-300, 123.456, -7.75, 5e-324, 2.675, 1 / 3):
    n, d = v.as_integer_ratio()
    if hash(v) != frac_hash(n, d):
        ok = False
        print("mismatch", v)
print("fraction formula", ok)

# nan: hash depends on object identity in 3.10+, so only check properties
nan = float("nan")
print(hash(nan) == hash(nan), type(hash(nan)).__name__)
d = {nan: 1}
print(d[nan], float("nan") in d, len({nan, nan}), len({float("nan"), float("nan")}))

# dict keys unify 1, 1.0, True and 0, -0.0, False
d = {}
d[0] = "a"
d[-0.0] = "b"
d[False] = "c"
d[1.0] = "x"
d[True] = "y"
d[2**53] = "big"
d[float(2**53)] = "bigf"
print(d, len({0.5, 1 / 2, 2**-1}))

# __hash__ directly and subclass
t(lambda: (1.5).__hash__())
t(lambda: float.__hash__(2.0))
class F(float):
    pass
t(lambda: hash(F(0.5)) == hash(0.5))
class G(float):
    def __hash__(self):
        return 7
t(lambda: hash(G(0.5)))
t(lambda: hash((0.5, -0.0, 1e100)))
t(lambda: hash((1.0, 2)) == hash((1, 2.0)))
