pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3), (10 ** 20, 7), (-(10 ** 20), 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.0 // 2, -7.0 // 2, 7 // 2.0, -0.0 // 1)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{bad[0]!r} {op} {bad[1]!r}")
        except ZeroDivisionError as e:
            print(bad, op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
