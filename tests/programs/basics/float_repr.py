vals = [0.1, 1/3, 2/3, 1e100, 1.5e-10, 100.0, 1e15, 1e16, 1.0e-4, 123.456, 2**0.5, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(float("1e500"), float("-1e500"), float("Infinity"), float("-INF"))
print(0.1 + 0.7, 4.35 * 100, 1.15 * 100)
print(round(1.23456, 3), round(123.456, -1), round(-0.5), round(0.5000001))
print(f"{0.1:.20f}")
print(9007199254740993.0, 1e23, 5e-324 / 2)
