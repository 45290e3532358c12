# complex repr/str: signed zeros, inf/nan parts, integral parts, exponent forms, real/imag attributes
inf = float("inf")
nan = float("nan")
vals = [0j, -0j, 1j, -1j, 1 + 0j, 1 - 0j, -1 + 0j, complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(-0.0, -0.0), complex(1, 2), complex(-1.5, 2.5), complex(1e16, 1e-5), complex(1e22, -1e22),
        complex(0.1, 0.2), complex(5e-324, -5e-324), complex(inf, 0), complex(0, inf), complex(-inf, -inf),
        complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan), complex(-nan, -nan),
        complex(2**53, 3), complex(1.7976931348623157e308, 1), complex(123456789.123, 0), 1e300j, -1e-300j,
        complex(1 / 3, 2 / 3), complex(100, -100), complex(True, False)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, repr(z.real), repr(z.imag))

# literals
print(repr(3j), repr(3.5j), repr(1e3j), repr(0j), repr(0J), repr(1_0j), repr(.5j), repr(5.j))
print(repr(-0j), repr(-(0j)), repr(0 - 0j), repr(-0.0 - 0j), repr(-0.0 + 0j), repr(0j * -1), repr(-1j * 0))
print(repr(1 + 2j), repr(1 - 2j), repr(-1 - 2j), repr(-(1 + 2j)), repr(+(1 - 0j)))

# containers and formatting
print([1j, -0j], (complex(1, -0.0),), {1j: 2j})
print(f"{1 + 2j}|{-0j!r}|{complex(inf, -nan)!s}")
print("%s %r" % (1j, 2 + 0j))
print("{}".format(complex(-1e-7, 1e7)))

# arithmetic producing special repr
print(repr(complex(1e308, 1e308) * 10), repr(complex(inf, 0) * 0), repr(complex(0, 1) * inf))
print(repr(1j * 1j), repr(1j ** 2), repr((1 + 1j) * (1 - 1j)), repr(2j / 1j), repr(-1j * -1j))

# subclass repr
class C(complex):
    pass
class D(complex):
    def __repr__(self):
        return "D!"
print(repr(C(1, 2)), str(C(-0.0, 0)), repr(D(1)), str(D(1)), [D(2)], f"{D(3)}")
print(type(C(1, 2) + 1).__name__, type(-C(1, 2)).__name__, type(C(1, 2).conjugate()).__name__)

# repr round-trips through complex() for finite values (signed zeros included)
ok = True
for z in vals:
    back = complex(repr(z))
    same = (repr(back) == repr(z))
    if not same:
        print("no round trip:", repr(z), repr(back))
        ok = False
print("round trip", ok)
print(repr(complex("-0-0j")), repr(complex("(-0+0j)")), repr(complex("-0j")), repr(complex("nan-nanj")))
