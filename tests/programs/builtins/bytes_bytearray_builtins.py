print(bytes(), bytes(2), bytes([1, 255]), bytes("ab", "ascii"), bytes(b"x"), bytes(bytearray(b"y")), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray("é", "utf-8"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba += b"!"
del ba[1]
print(ba, ba.decode(), ba.upper(), len(ba), ba.pop(), ba)
print(b"a,b".split(b","), b" x ".strip(), b"abc".startswith(b"a"), b"%s=%d" % (b"k", 5))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), bytes([65]) * 3)
for bad in (lambda: bytes("str"), lambda: bytes([300]), lambda: bytes(-1), lambda: bytearray(b"x")[5], lambda: b"x" + 1):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
