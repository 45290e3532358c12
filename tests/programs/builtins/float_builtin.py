print(float(), float(3), float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(True), float(10 ** 20), float("0x10".replace("0x", "")))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (255.5).hex())
print(float.fromhex("0x1.ffffffffffffep+1023"), float.fromhex("-0x1p-1074"))
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), round(3.14159, 3), (-2.5).__round__())
print(1.5.conjugate(), (1.5).real, (1.5).imag)
for bad in ["", "1.2.3", "one", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1.5).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
