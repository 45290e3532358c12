import numbers
from fractions import Fraction
from decimal import Decimal
for v in (1, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), True):
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
print(1 + Fraction(1, 2), 1.5 + Fraction(1, 2), Fraction(1, 2) + 0.25, type(Fraction(1, 2) + 0.25).__name__)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal("1.5") + 1, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
