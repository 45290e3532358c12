# int: bit_length, bit_count, as_integer_ratio, conjugate, numerator/denominator/real/imag
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 2, -2, 3, 7, 8, -8, 255, 256, -255, 2**31 - 1, -(2**31), 2**63 - 1,
        -(2**63), 2**64, 2**64 - 1, 10**30, -(10**30), 2**1000, 2**1000 - 1, -(3**500), True, False]
for v in vals:
    print(repr(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(), repr(v.conjugate()),
          repr(v.numerator), v.denominator, repr(v.real), v.imag)

# bit_length consistency with bin()
ok = True
for k in range(0, 300, 7):
    for v in (2**k, 2**k - 1, -(2**k), -(2**k) + 1, 2**k + 1):
        if v.bit_length() != len(bin(v).lstrip("-0b")):
            ok = False
            print("bad", v)
        if v.bit_count() != bin(v).count("1"):
            ok = False
print("bit_length/bit_count vs bin:", ok)

# types of returned values
t(lambda: type(True.numerator))
t(lambda: type(True.real))
t(lambda: type(True.conjugate()))
t(lambda: type(True.as_integer_ratio()[0]))
t(lambda: type(True.imag))

# errors: arguments not accepted
t(lambda: (5).bit_length(1))
t(lambda: (5).bit_count(1))
t(lambda: (5).as_integer_ratio(2))
t(lambda: (5).conjugate(1))
t(lambda: (5).is_integer())
t(lambda: (5).imag.real)
t(lambda: int.bit_length(3.0))
t(lambda: int.bit_count("x"))
t(lambda: int.bit_length())

# attributes are read-only
def setattr_test(name):
    x = 5
    try:
        setattr(x, name, 3)
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ("numerator", "denominator", "real", "imag", "foo"):
    setattr_test(name)

# unbound method access and method objects
print(int.bit_length(1023), int.bit_count(1023), int.as_integer_ratio(-4), int.conjugate(-4))
m = (1234).bit_length
print(m(), m.__name__, m.__self__)
print(int.numerator.__get__(77), int.real.__get__(-3), int.imag.__get__(9), int.denominator.__get__(9))

# subclass instance
class MyInt(int):
    pass
mi = MyInt(12)
print(type(mi.numerator).__name__, type(mi.real).__name__, type(mi.conjugate()).__name__,
      mi.as_integer_ratio(), type(mi.as_integer_ratio()[0]).__name__, mi.bit_length())
