print(1 + 2.0, 3 * 1.5, 7 / 7, 10 // 4.0, 2 ** 3.0)
print(True + True, True * 10, False - 1, True / 2)
print(1 == 1.0, type(1) is not type(1.0), hash(1) == hash(1.0) == hash(True))
print(2 ** 62 + 0.0, float(2 ** 53 + 1))
print(int(3.99), int(-3.99), int("42"), int("-0x1f", 16), int("  7  "))
print(float("1.5"), float("  -2e3 "), float("nan") != float("nan"))
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), abs(3 + 4j))
print(1j ** 2, (2 + 0j) == 2, type(1 + 1j).__name__)
print(10 ** 20 / 10 ** 10, 2 ** 1000 // 2 ** 999)
print(7 % 2.5, -7 % 2.5)
try:
    int("12abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
