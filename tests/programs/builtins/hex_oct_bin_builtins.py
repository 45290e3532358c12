print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(hex(True), bin(2 ** 70)[:10], oct(511))
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()))
for fn in (hex, oct, bin):
    try:
        fn(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex("ff")
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(format(255, "x"), format(255, "#X"), format(8, "o"), format(5, "08b"), f"{-42:#x}")
