print(repr(0), repr(-0), repr(10 ** 25), repr(-(10 ** 25)))
print(str(2 ** 64), str(-2 ** 63))
print(int("1" * 30) + 1)
print(hex(2 ** 70), oct(-8), bin(-5))
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("1_000"))
print(int(b"12"), int(True), int(-0.9), int("+5"))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print(10 ** 18, 10 ** 19, 2 ** 63 - 1, 2 ** 63)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
