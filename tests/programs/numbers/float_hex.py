# float.hex / float.fromhex: normal, subnormal, special values, parsing variants and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 0.1, 1 / 3, 1e16, 1e-5, 1.7976931348623157e308,
          2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1e-320, 123.456, -2.5,
          float("inf"), float("-inf"), float("nan"), 2.0**52, 2.0**53 + 2, 1023.75]:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))

for s in ["0x1p0", "0X1P0", "0x1.8p1", "-0x1p-1", "+0x1.0p+3", "0x.8p0", "0x1.p0", "0x1", "1",
          "0xAbC.dEfp4", "  0x1p4  ", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x0.0000000000001p-1022",
          "0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x0p0", "-0x0p0", "0x000000001p0",
          "inf", "-Infinity", "+iNf", "nan", "-NaN", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1.000000000000080000001p0", "1p0", "a", "ff", "0x10p-4",
          "0x1p0\n", "\t0x1p0"]:
    t(lambda: float.fromhex(s))

# errors
for s in ["", " ", "0x", "0xp1", "0x1p", "0x1p+", "0x1.2.3p0", "0x1q0", "0x1p0x", "0x1 p0",
          "0x1_0p0", "- 0x1", "--0x1", "0x1.fffffffffffff8p1023", "0x1p1024", "0x2p1023",
          "0x1p99999999999999999999", "0x1p-99999999999999999999", "infinity!", "nan(1)", "0x1p1.5", "ｆ"]:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1.0))
t(lambda: float.fromhex(b"0x1p0"))
t(lambda: float.fromhex())
t(lambda: (1.0).hex(1))
t(lambda: float.hex(3))
t(lambda: float.hex(True))

# fromhex on a subclass calls the subclass
class F(float):
    pass
r = F.fromhex("0x1.8p1")
print(type(r).__name__, r)
r = (2.5).fromhex("0x1p-2")
print(type(r).__name__, r)
print(F(0.75).hex(), type(F(0.75).hex()).__name__)
