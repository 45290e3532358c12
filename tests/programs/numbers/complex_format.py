# format() of complex: default, e E f F g G with precision, sign, width/align, grouping, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf")
nan = float("nan")
vals = [0j, -0j, 1j, 1 + 2j, -1.5 - 2.5j, complex(1234567.891, -0.000123), complex(-0.0, 0.0),
        complex(1e20, 1e-20), complex(inf, -inf), complex(nan, nan), complex(1, 0), complex(0, -0.0)]
for spec in ["", "e", "E", "f", "F", "g", "G", ".2", ".2e", ".2f", ".0f", ".3g", "+", " ", "+.1f",
             "-", "#", "#.0f", "#g", ",", "_.2f", ",.1f", "30", "<30", ">30", "^30", "*^30.2f", "+<25",
             "z.1f" , ".17g", "n"]:
    print(repr(spec), [format(z, spec) for z in vals])

# errors specific to complex
for spec in ["=10", "010", "0=10", "010.2f", "%", ".2%", "d", "x", "c", "s", "b", "zz"]:
    t(lambda: format(1 + 2j, spec))

# str.format / f-string / %
t(lambda: "{:.2f}".format(1 / 3 + 2j / 3))
t(lambda: f"{1 + 2j:>20}|{-1j:^10}|{complex(1, -1):+.1e}")
t(lambda: "{0.real:.1f} {0.imag:.1f}".format(1.25 + 2.75j))
t(lambda: "%s" % (1 + 2j))
t(lambda: "%r" % (1j,))
t(lambda: "%f" % 1j)
t(lambda: "%d" % 1j)
t(lambda: (1 + 2j).__format__(""))
t(lambda: (1 + 2j).__format__(".1f"))
t(lambda: (1 + 2j).__format__(5))
t(lambda: format(1j, None))

# subclass with custom __format__
class C(complex):
    def __format__(self, spec):
        return "C<" + spec + ">"
t(lambda: format(C(1, 2), "xyz"))
t(lambda: f"{C(1):10}")
t(lambda: format(complex(C(1, 2)), ".1f"))
