import math
vals = [0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 0.001, 1e-10, 3.7]
for f in ["erf", "gamma", "lgamma", "cbrt", "exp2", "acosh", "asinh", "atanh", "sinh", "cosh", "tanh"]:
    out = []
    for v in vals + [-v for v in vals]:
        try:
            out.append(repr(getattr(math, f)(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(f, " ".join(out))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.comb(10, 3), math.perm(5), math.perm(5, 2))
print(math.log(2**1000), math.log10(10**400), math.log2(8), math.log(100, 10), math.hypot(3, 4), math.dist((0,0), (3,4)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5), math.fmod(-7, 3), math.remainder(7, 3), math.ulp(1.0), math.nextafter(1, 2))
for bad in ["math.sqrt(-1)", "math.exp(1000)", "math.log(0)", "math.pow(0, -1)", "math.gamma(0)", "math.ldexp(1, 5000)", "math.factorial(-1)", "math.acos(2)"]:
    try: eval(bad)
    except Exception as e: print(bad, type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.lcm(4, 6), math.gcd(12, 18, 27), math.prod([1, 2, 3], start=2), math.degrees(math.pi), math.radians(180))
