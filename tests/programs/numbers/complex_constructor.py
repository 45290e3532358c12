# complex(real, imag) with int/float/bool/complex/objects, keyword args, __complex__/__float__/__index__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: complex())
t(lambda: complex(1))
t(lambda: complex(1.5))
t(lambda: complex(True))
t(lambda: complex(-0.0))
t(lambda: complex(1, 2))
t(lambda: complex(1.5, -2.5))
t(lambda: complex(True, False))
t(lambda: complex(0, -0.0))
t(lambda: complex(-0.0, -0.0))
t(lambda: complex(-0.0))
t(lambda: complex(10**20, 10**-1))
t(lambda: complex(real=3))
t(lambda: complex(imag=3))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2, real=1))
t(lambda: complex(float("inf"), float("nan")))

# complex arguments combine: complex(a, b) == a + b*1j
t(lambda: complex(1j))
t(lambda: complex(1 + 2j, 3))
t(lambda: complex(1, 2j))
t(lambda: complex(1 + 2j, 3 + 4j))
t(lambda: complex(1j, 1j))
t(lambda: complex(0j, -0j))
t(lambda: complex(complex(-0.0, 0.0), 0))

# overflow, wrong types
t(lambda: complex(10**400))
t(lambda: complex(1, 10**400))
t(lambda: complex(None))
t(lambda: complex([1]))
t(lambda: complex(1, None))
t(lambda: complex(1, [2]))
t(lambda: complex(1, 2, 3))
t(lambda: complex(x=1))
t(lambda: complex(type))

class WithComplex:
    def __complex__(self):
        return 3 + 4j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 5
class BothCF:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
t(lambda: complex(WithComplex()))
t(lambda: complex(WithFloat()))
t(lambda: complex(WithIndex()))
t(lambda: complex(BadComplex()))
t(lambda: complex(BothCF()))
t(lambda: complex(1, WithFloat()))
t(lambda: complex(1, WithIndex()))
t(lambda: complex(WithFloat(), WithFloat()))
t(lambda: complex(WithComplex(), 1))
t(lambda: complex(1, WithComplex()))

# subclass and __new__
class C(complex):
    pass
t(lambda: C())
t(lambda: C(1, 2))
t(lambda: type(C(1, 2)).__name__)
t(lambda: type(complex(C(1, 2))).__name__)
t(lambda: complex(C(1, 2)) == C(1, 2))
t(lambda: complex.__new__(C, 5))
t(lambda: complex.__new__(int, 5))

# attributes
z = complex(3, -4)
t(lambda: (z.real, z.imag, type(z.real).__name__))
t(lambda: setattr(z, "real", 1))
t(lambda: setattr(z, "imag", 1))
t(lambda: z.conjugate())
t(lambda: z.conjugate(1))
t(lambda: complex.conjugate(1))
t(lambda: z.numerator)
t(lambda: (5).imag)
t(lambda: (5.5).imag)
