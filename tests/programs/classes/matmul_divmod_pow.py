class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return f"{self.v}@{other.v}"
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)
    def __floordiv__(self, other):
        return "floordiv"
    def __mod__(self, other):
        return "mod"
    def __truediv__(self, other):
        return "truediv"
    def __lshift__(self, other):
        return "lshift"
    def __rshift__(self, other):
        return "rshift"
    def __and__(self, other):
        return "and"
    def __or__(self, other):
        return "or"
    def __xor__(self, other):
        return "xor"
    def __invert__(self):
        return "invert"
    def __pos__(self):
        return "pos"
a, b = M(1), M(2)
print(a @ b, divmod(a, 7), divmod(7, a), pow(a, 2), pow(a, 2, 5), a ** 3)
print(a // 1, a % 1, a / 1, a << 1, a >> 1, a & 1, a | 1, a ^ 1, ~a, +a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(M(1), 2, "m") if False else pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
