print(0.1 + 0.2)
print(1.5 * 4, 7.0 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 10, 2 ** 0.5, 10 ** -3)
print(1e300 * 1e10, -1e300 * 1e10)
print(1 / 3, 2 / 3, 10 / 4)
print(float("inf") - float("inf"))
print(3.0, 3.10, 1e16, 1e-5, 123456789012345678.0, 0.000123)
print(1e22, 1e21, 1e-4, 12345.678e3)
print(-0.0, 0.0 == -0.0, 1 / 3 * 3)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(divmod(7.5, 2), divmod(-7.5, 2))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(5e-324, 1.7976931348623157e308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
else:
    print("complex result", (-8.0) ** 0.5)
