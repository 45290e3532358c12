import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.acos(2),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.exp(1000),
    lambda: math.pow(10, 400),
    lambda: math.isqrt(-4),
    lambda: math.comb(-1, 2),
    lambda: math.fmod(1, 0),
    lambda: math.sqrt("4"),
    lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan),
    lambda: math.log(10, 1),
    lambda: math.gcd(1.5, 2),
]
for c in cases:
    try:
        print(c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
