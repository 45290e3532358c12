from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP
a = Fraction(1, 3)
b = Fraction(2, 7)
print(a + b, a * b, a / b, a - b, a ** 2, -a, abs(-a), Fraction(6, 8), Fraction("0.75"), Fraction(0.5))
print(a < b, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), Fraction(1, 3).limit_denominator(2))
print(repr(a), str(a), a.numerator, a.denominator, Fraction(3, 1) == 3, Fraction(1, 2) == 0.5)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal(1) / Decimal(3))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2").sqrt())
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-0"), Decimal("1E+3").normalize())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__)
