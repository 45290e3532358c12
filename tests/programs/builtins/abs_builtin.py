print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(True), abs(False))
print(abs(float("-inf")), abs(float("nan")))
class Dist:
    def __abs__(self):
        return "custom abs"
print(abs(Dist()))
from fractions import Fraction
from decimal import Decimal
print(abs(Fraction(-3, 4)), abs(Decimal("-1.50")))
try:
    abs("-5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs([])
except TypeError as e:
    print(type(e).__name__, e)
