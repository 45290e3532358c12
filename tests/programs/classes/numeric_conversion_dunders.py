import math
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
n = Num(2.7)
print(int(n), float(n), complex(n), round(n), round(n, 1))
print(math.trunc(n), math.floor(n), math.ceil(n), abs(n))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(Num)
except TypeError as e:
    print(type(e).__name__, e)
