# complex: abs, hash, ** (incl. 0j**0, 0j to negative, int vs complex exponent), comparisons, bool
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf")
nan = float("nan")
# abs
for z in (0j, 3 + 4j, -3 - 4j, 1j, complex(1e308, 1e308), complex(5e-324, 5e-324), complex(inf, nan),
          complex(nan, inf), complex(nan, 1), complex(-0.0, -0.0), complex(1, 1)):
    t(lambda: abs(z))
t(lambda: abs(complex(1.7976931348623157e308, 1.7976931348623157e308)))

# hash: equals hash(real) when imag == 0, formula with 1000003 multiplier
for z in (0j, -0j, 1 + 0j, 1j, -1j, 1 + 1j, 2.5 - 0.5j, complex(inf, 0), complex(0, inf), complex(-1, 0),
          complex(2**61, 1), complex(-1, 0.0), complex(1e100, -1e100)):
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1) == hash(1.0), hash(complex(-2, 0)) == hash(-2), hash(0.5 + 0j) == hash(0.5))
# (two temporaries may share an address in CPython, so only one object's hash is stable)
znan = complex(nan, 0)
t(lambda: hash(znan) == hash(znan))

# powers
for a, b in [(0j, 0), (0j, 0j), (0j, 0.0), (0j, 1), (0j, 2), (0j, 1 + 1j), (0j, 0.5), (1j, 2), (1j, 3), (1j, 4),
             (1j, -1), (1j, -2), (2j, 10), (1 + 1j, 2), (1 + 1j, 8), (1 + 1j, -1), (2, 1j), (-1, 0.5 + 0j),
             (1j, 0.5), (1 + 2j, 1.0), (1 + 2j, 100), (3 + 4j, 0)]:
    t(lambda: a ** b)
t(lambda: 0j ** -1)
t(lambda: 0j ** -1.5)
t(lambda: 0j ** (-1 + 0j))
t(lambda: 0j ** 1j)
t(lambda: 0j ** (1 + 1j))
t(lambda: pow(0j, -2))
t(lambda: (1e200j) ** 2)
t(lambda: (10 + 10j) ** 400)
t(lambda: (10 + 10j) ** 400.5)
t(lambda: pow(1j, 2, 3))
t(lambda: (1j).__pow__(2, 3))
t(lambda: 1j ** "2")
t(lambda: (1j).__pow__("2"))
t(lambda: (1j).__rpow__(2))

# comparisons: == works across types, ordering raises TypeError
t(lambda: 1 + 0j == 1)
t(lambda: 1 + 0j == 1.0)
t(lambda: 1 + 0j == True)
t(lambda: 1j == 1)
t(lambda: 1j != 1j)
t(lambda: complex(nan, 0) == complex(nan, 0))
t(lambda: 0j == -0j)
t(lambda: (2**53 + 1) + 0j == 2**53 + 1)
t(lambda: complex(2**53, 0) == 2**53 + 1)
t(lambda: 1j == "1j")
t(lambda: 1j < 2j)
t(lambda: 1j > 0)
t(lambda: 0 <= 1j)
t(lambda: 1j >= 1.0)
t(lambda: 1j < "a")
t(lambda: sorted([1j, 2j]))
t(lambda: max(1j, 2j))
t(lambda: (1j).__lt__(2j))
t(lambda: (1j).__eq__(1j))
t(lambda: (1j).__eq__("x"))
t(lambda: (1 + 0j).__eq__(10**400))
t(lambda: 1j in [1, 1j])
t(lambda: [1j, 2] == [1j, 2.0 + 0j])

# bool
print([bool(z) for z in (0j, -0j, 1j, complex(0, -0.0), complex(nan, 0), complex(0, 1e-320))])
