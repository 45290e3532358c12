# Chains of float operators (a + b * c, x - y * z): an intermediate result that is the next operator's right
# operand is never boxed; any left operand that is not an exact float takes the general path.
import math


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __rsub__(self, other):
        return "F.__rsub__"


def chain(a, b, c, d):
    r1 = a + b * c
    r2 = a - b * c * d
    r3 = a * b + c * d + a * d
    r4 = a - (b - (c - d))
    return r1, r2, r3, r4


total = 0.0
for i in range(60):
    x = i * 0.5
    r = chain(x, 1.5, -2.25, 0.125)
    total += sum(r)
print(total)
print(chain(1.0, 2.0, 3.0, 4.0))
# The site, specialized for floats, now sees other left operands.
print(chain(1, 2.0, 3.0, 4.0))
print(chain(True, 2.0, 3.0, 4.0))
print(chain(1.0, 2, 3, 4))
print(chain(F(1.0), 2.0, 3.0, 4.0))
print(chain(1.0, F(2.0), 3.0, 4.0))
print(chain(float("inf"), 1e308, 10.0, -0.0))
print([math.isnan(v) for v in chain(float("nan"), 1.0, 2.0, 3.0)])
print(chain(-0.0, 0.0, -0.0, 0.0))
print(chain(1e-310, 1e-310, 1e10, 1e-10))
try:
    chain(1.0, 2.0, "s", 4.0)
except TypeError as e:
    print("TypeError:", e)
try:
    chain([1.0], 2.0, 3.0, 4.0)
except TypeError as e:
    print("TypeError:", e)
