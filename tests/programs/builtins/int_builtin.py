print(int(), int(3.9), int(-3.9), int("12"), int(" -7 "), int("0b11", 0), int("11", 2), int("z", 36))
print(int(True), int("1_000"), int(b"42"), int(bytearray(b"7")), int("٣"))
print(int(1e20), int(-0.0), int("0x_ff", 16), int("077", 8), int("0", 0))
for bad in ["", "1.5", "0x", "1__0", "_1", "08"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", base=37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print((255).to_bytes(2, "little"), int.from_bytes(b"\x00\x10", "big"), (10).bit_length())
print((7).conjugate(), (6).numerator, (6).denominator, (5).real, (5).imag, (-3).__abs__())
print(int.__name__, isinstance(int("5"), int), (3).as_integer_ratio())
