# int.to_bytes: byteorder, signed, length defaults (3.11: length=1, byteorder='big'), overflow errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# 3.11 defaults
t(lambda: (0).to_bytes())
t(lambda: (255).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (-1).to_bytes())
t(lambda: (-1).to_bytes(signed=True))
t(lambda: (5).to_bytes(3))
t(lambda: (5).to_bytes(byteorder="little"))

for v in (0, 1, 127, 128, 255, 256, 65535, 65536, 2**32 - 1, 0x0102030405, 2**64 - 1):
    t(lambda: (v.to_bytes(8, "big"), v.to_bytes(8, "little")))

for v in (-1, -128, -129, 127, 128, -32768, 32767, -(2**63), 2**63 - 1, -(2**63) - 1):
    t(lambda: (v.to_bytes(8, "big", signed=True), v.to_bytes(2, byteorder="little", signed=True)))

# overflow errors
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (-129).to_bytes(1, "big", signed=True))
t(lambda: (-1).to_bytes(4, "big"))
t(lambda: (-1).to_bytes(4, "little", signed=False))
t(lambda: (1).to_bytes(0, "big"))
t(lambda: (0).to_bytes(0, "big"))
t(lambda: (0).to_bytes(0, "big", signed=True))
t(lambda: (-1).to_bytes(0, "big", signed=True))
t(lambda: (2**100).to_bytes(12, "big"))
t(lambda: (2**100).to_bytes(13, "big"))

# argument errors
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (1).to_bytes(2, "middle"))
t(lambda: (1).to_bytes(2, "BIG"))
t(lambda: (1).to_bytes(2, b"big"))
t(lambda: (1).to_bytes(2.0, "big"))
t(lambda: (1).to_bytes("2", "big"))
t(lambda: (1).to_bytes(2, "big", True))
t(lambda: (1).to_bytes(2, "big", signed=1))
t(lambda: (1).to_bytes(2, "big", signed=[]))
t(lambda: (1).to_bytes(length=2, byteorder="little"))
t(lambda: (1).to_bytes(2, "big", sign=True))
t(lambda: (1).to_bytes(2, "big", 3, 4))
t(lambda: (1).to_bytes(True))
t(lambda: (1).to_bytes(2**70))

# round trip
ok = True
for v in range(-70000, 70000, 997):
    b = v.to_bytes(4, "little", signed=True)
    if int.from_bytes(b, "little", signed=True) != v:
        ok = False
print("roundtrip", ok)
big = 3**300
n = (big.bit_length() + 7) // 8
bb = big.to_bytes(n, "big")
print(n, bb[:8].hex(), bb[-8:].hex(), int.from_bytes(bb, "big") == big)
print((-big).to_bytes(n + 1, "little", signed=True)[-3:].hex())
print(True.to_bytes(2, "big"), type(True.to_bytes()))
