# int(x) from float (trunc, inf/nan errors), huge floats, bools, and objects with __int__/__index__/__trunc__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.5, -1.5, 2.5, -2.7, 1e15 + 0.5,
          2.0**52 + 0.5, 2.0**53, 2.0**63, -(2.0**63), 2.0**64, 1e20, 1e100, -1e300,
          1.7976931348623157e308, 5e-324, 123456789.987654321]:
    t(lambda: int(x))

t(lambda: int(float("inf")))
t(lambda: int(float("-inf")))
t(lambda: int(float("nan")))
t(lambda: int(1e309))
t(lambda: (float("inf")).__trunc__())
t(lambda: (float("nan")).__int__())

t(lambda: int(True))
t(lambda: int(False))
t(lambda: type(int(True)))
t(lambda: int(-0))
t(lambda: int(10**100) == 10**100)

class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
class HasBoth:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class BadInt:
    def __int__(self):
        return "x"
class BadIndex:
    def __index__(self):
        return 1.5
class IntSub(int):
    pass

t(lambda: int(HasInt()))
t(lambda: int(HasIndex()))
t(lambda: int(HasBoth()))
t(lambda: int(BadInt()))
t(lambda: int(BadIndex()))
t(lambda: int(HasInt(), HasIndex()))
t(lambda: int('11', HasIndex()))
t(lambda: type(int(IntSub(3))))
t(lambda: int(HasInt(), 10))

# int subclass constructor
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
t(lambda: MyInt(21))
t(lambda: type(MyInt("5")))
t(lambda: MyInt("5") + 1)
t(lambda: type(MyInt(3) + 1))
t(lambda: repr(IntSub("ff", 16)))

# huge strings (within the 4300 digit limit) and decimal round trips
s = "1234567890" * 430
n = int(s)
print(len(str(n)), n % 1000000007, str(n) == s)
t(lambda: int("-" + "9" * 4300) == -(10**4300 - 1))
t(lambda: int("1" * 4301))
t(lambda: int("0x" + "f" * 5000, 16) == 16**5000 - 1)
t(lambda: int("1" * 10000, 2) == 2**10000 - 1)
