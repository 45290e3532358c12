def power(base, exp, /, mod=None):
    return pow(base, exp, mod)
print(power(2, 10), power(2, 10, 1000), power(3, 3, mod=5))
try:
    power(base=2, exp=3)
except TypeError as e:
    print(type(e).__name__, e)
def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
