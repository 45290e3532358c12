b = b"hello"
print(b, b[0], b[1:3], len(b), b + b" world", b * 2)
print(b.upper(), b.find(b"l"), b.replace(b"l", b"L"), b.split(b"e"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print("héllo".encode(), b"h\xc3\xa9llo".decode(), "abc".encode("ascii"))
print(b"\x00\xff\n\t'\"", repr(b"it's"), b"a" < b"b")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba))
print(b"abc".hex(), bytes.fromhex("616263"), list(b"AB"))
print(b"%d-%s" % (5, b"x"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
