# complex(str): accepted forms (parentheses, whitespace, signs, j/J, inf/nan, underscores) and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1", "1j", "1J", "j", "-j", "+j", "1+2j", "1-2j", "-1.5-2.5j", "(1+2j)", " (1+2j) ", "( 1+2j )",
          "  3j  ", "1e3+1e-3j", "1E3-1E+3J", ".5+.5j", "5.-5.j", "inf", "-inf", "infj", "-infj",
          "inf+infj", "nan", "nanj", "-nan+nanj", "Infinity-Infinityj", "1_000+2_000j", "1_0.5_0j",
          "0j", "-0j", "-0-0j", "0-0j", "-0", "+1+1j", "1+0j", "1e500", "1e500j", "-1e500-1e500j",
          "1e-500+1e-500j", "\t1+1j\n", "\u00a01+1j\u2003", "\u0661+\u0662j", "𝟏+𝟐j", "(j)", "(1)"]:
    t(lambda: complex(s))

# invalid strings
for s in ["", " ", "()", "(", ")", "(1", "1)", "1+", "+", "-", "1+2", "1 + 2j", "1+ 2j", "1 +2j",
          "1+2jj", "1+2i", "2j+1", "j1", "1j2", "jj", "1+-2j", "1++2j", "--1", "((1+2j))", "(1+2j", "1e",
          "1_", "_1", "1__0j", "1+_2j", "infinityj!", "nan(1)", "1+2j\x00", "abc", "1,2", "😀", "1.2.3j",
          "0x1", "1 j", "(1+2j)j"]:
    t(lambda: complex(s))

# bytes are not accepted (unlike int/float)
t(lambda: complex(b"1+2j"))
t(lambda: complex(bytearray(b"1")))
t(lambda: complex(memoryview(b"1")))

# string with second argument
t(lambda: complex("1", 2))
t(lambda: complex("1", "2"))
t(lambda: complex(1, "2"))
t(lambda: complex(real="1+1j"))
t(lambda: complex(imag="1"))

# subclass parses too
class C(complex):
    pass
t(lambda: C("3-4j"))
t(lambda: type(C("3-4j")).__name__)
t(lambda: C("  (1e2j)  ").imag)

# parsed parts match float() parsing exactly
for s, re_s, im_s in [("0.1+0.2j", "0.1", "0.2"), ("1e-320-1e-320j", "1e-320", "-1e-320"),
                      ("1.7976931348623157e308+5e-324j", "1.7976931348623157e308", "5e-324"),
                      ("-2.675-123456789012345678901234567890j", "-2.675", "-123456789012345678901234567890")]:
    z = complex(s)
    print(repr(z.real), repr(z.imag), z.real == float(re_s), z.imag == float(im_s))
