print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) if False else "skip", pow(0, 0), pow(10, 20))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(38, -1, 97), pow(-2, 3, 5), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(0, -1), lambda: pow(2, -1, 4),
            lambda: pow(2.0, 2, 3), lambda: pow(2, 3, 0), lambda: divmod("a", 1), lambda: pow("a", 2)):
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
