# int: ** operator, negative exponents (float results), big powers, zero cases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (0, 1, -1, 2, -2, 3, 10, -10):
    for e in (0, 1, 2, 3, 5, 10):
        print(b, e, b ** e, pow(b, e))

# negative exponents -> float
for b, e in [(2, -1), (2, -2), (-2, -1), (-2, -3), (10, -5), (3, -1), (1, -100),
             (-1, -101), (-1, -100), (2, -1074), (2, -1075), (2, -1100), (10, -400)]:
    t(lambda: b ** e)

t(lambda: 0 ** -1)
t(lambda: 0 ** -2)
t(lambda: pow(0, -1))
t(lambda: 0 ** 0)
t(lambda: (-0) ** 0)

# big results
print(2 ** 100, (-3) ** 41, 7 ** 77)
print(len(str(2 ** 10000)), (2 ** 10000) % 10**20)
print((10 ** 50) ** 3 == 10 ** 150, (-(2 ** 40)) ** 3)
t(lambda: 2 ** 1024 + 0.0)
t(lambda: 2 ** -(2 ** 70))
t(lambda: 1 ** (2 ** 100))
t(lambda: (-1) ** (2 ** 100 + 1))
t(lambda: 0 ** (2 ** 100))
t(lambda: 2.0 ** (2 ** 100))

# with floats and bools
t(lambda: 2 ** 0.5)
t(lambda: 4 ** 0.5)
t(lambda: (-8) ** (1 / 3))
t(lambda: 2 ** -0.5)
t(lambda: True ** 10)
t(lambda: 2 ** True)
t(lambda: 2 ** False)
t(lambda: type(True ** True))
t(lambda: 10 ** 400 ** 0)
t(lambda: 2 ** 3 ** 2)
t(lambda: -2 ** 2)
t(lambda: (-2) ** 2)
t(lambda: 2 ** -1 ** 2)

# errors
t(lambda: 2 ** "3")
t(lambda: "2" ** 3)
t(lambda: 2 ** None)
t(lambda: pow(2))
t(lambda: pow())
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(exp=5, base=-2, mod=7))
t(lambda: 10 ** 10.0 ** 400)

# dunders
t(lambda: (2).__pow__(10))
t(lambda: (2).__pow__(-1))
t(lambda: (2).__pow__(2.0))
t(lambda: (2).__rpow__(10))
t(lambda: (2).__pow__(10, 1000))
t(lambda: (2).__rpow__(10, 7))
t(lambda: int.__pow__(3, 4, None))
