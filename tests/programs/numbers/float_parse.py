# float(x): string parsing (whitespace, underscores, inf/nan spellings, exponents, overflow), errors, other types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1", "-1", "+1.5", "  1_000.5 ", "1_0.0_1", "1e5", "1E5", "1e+5", "1e-5", ".5", "5.", "-.5e1",
          "0.1", "1e500", "-1e500", "1e-500", "-1e-500", "4.9e-324", "2.4703282292062328e-324",
          "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
          "inf", "-inf", "+inf", "Infinity", "-Infinity", "iNfInItY", "INF", "nan", "-nan", "+NaN", "NAN",
          "\t\n 3.25 \r\x0c\x0b", "\u00a02.5\u2003", "\u0661.\u0662", "١٢٣", "𝟏.𝟓", "1_000e1_0",
          "0" * 400 + "1", "0." + "0" * 400 + "1", "1" + "0" * 400, "9" * 20, "00012.50",
          "1.0000000000000001", "0.30000000000000004", "123456789012345678901234567890"]:
    t(lambda: float(s))

# invalid strings
for s in ["", " ", "abc", "1.5.2", "1e", "e5", "1e5.5", "--1", "+-1", "1 2", "_1", "1_", "1__0", "1_.5",
          "1._5", "1e_5", "infinit", "infinityy", "nan1", "nanq", "in f", "0x10", "1,5", "1j", "½",
          "²", "None", "1\x00", "\x00", "-", ".", "e", "1.5f", "1d", "😀"]:
    t(lambda: float(s))

# long invalid input: message is not truncated for float
try:
    float("x" * 300)
except ValueError as e:
    msg = str(e)
    print(len(msg), msg[:40], msg[-10:])

# bytes-like input
t(lambda: float(b"1.5"))
t(lambda: float(b" -inf "))
t(lambda: float(bytearray(b"2e3")))
t(lambda: float(memoryview(b"7.25")))
t(lambda: float(b"1_0"))
t(lambda: float(b"abc"))
t(lambda: float(b"\xff"))

# non-string inputs
t(lambda: float())
t(lambda: float(0))
t(lambda: float(-0))
t(lambda: float(True))
t(lambda: float(2**53 + 1))
t(lambda: float(10**308))
t(lambda: float(10**309))
t(lambda: float(-(2**1024)))
t(lambda: float(None))
t(lambda: float([1.0]))
t(lambda: float(1j))
t(lambda: float("1", "2"))
t(lambda: float(x="1"))

class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
class BadFloat:
    def __float__(self):
        return "x"
class FloatSub(float):
    pass
t(lambda: float(HasFloat()))
t(lambda: float(HasIndex()))
t(lambda: float(BadFloat()))
t(lambda: float(FloatSub(1.5)))
t(lambda: type(float(FloatSub(1.5))))
t(lambda: type(FloatSub("3.5")))
t(lambda: FloatSub("nan") != FloatSub("nan"))
