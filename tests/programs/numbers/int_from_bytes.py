# int.from_bytes: byteorder default 'big' (3.11), signed, various byte-like and iterable inputs, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: int.from_bytes(b""))
t(lambda: int.from_bytes(b"", signed=True))
t(lambda: int.from_bytes(b"\x01\x00"))
t(lambda: int.from_bytes(b"\x01\x00", "little"))
t(lambda: int.from_bytes(b"\x01\x00", byteorder="little"))
t(lambda: int.from_bytes(b"\xff"))
t(lambda: int.from_bytes(b"\xff", signed=True))
t(lambda: int.from_bytes(b"\xff\x7f", "little", signed=True))
t(lambda: int.from_bytes(b"\x80\x00", "big", signed=True))
t(lambda: int.from_bytes(b"\x00\x80", "little", signed=True))
t(lambda: int.from_bytes(b"\x00\x00\x80", "big", signed=True))
t(lambda: int.from_bytes(b"\xff" * 8, "big", signed=True))
t(lambda: int.from_bytes(b"\xff" * 8, "big"))
t(lambda: int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
t(lambda: int.from_bytes(b"\x01" + b"\x00" * 20, "big"))
t(lambda: int.from_bytes(b"\x80" + b"\x00" * 20, "big", signed=True))
t(lambda: int.from_bytes(b"\xfe" + b"\xff" * 30, "little", signed=True))

# other inputs: bytearray, memoryview, list, tuple, iterator, generator
t(lambda: int.from_bytes(bytearray(b"\x12\x34")))
t(lambda: int.from_bytes(memoryview(b"\x12\x34\x56"), "little"))
t(lambda: int.from_bytes([1, 2, 3], "big"))
t(lambda: int.from_bytes((255, 0), "little"))
t(lambda: int.from_bytes(iter([0, 1]), "big"))
t(lambda: int.from_bytes((x for x in range(1, 5)), "little"))
t(lambda: int.from_bytes(range(3), "big"))

# errors
t(lambda: int.from_bytes([256], "big"))
t(lambda: int.from_bytes([-1], "big"))
t(lambda: int.from_bytes([1.0], "big"))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: int.from_bytes(5, "big"))
t(lambda: int.from_bytes(None))
t(lambda: int.from_bytes(b"\x01", "middle"))
t(lambda: int.from_bytes(b"\x01", 1))
t(lambda: int.from_bytes(b"\x01", "big", True))
t(lambda: int.from_bytes(b"\x01", "big", signed="yes"))
t(lambda: int.from_bytes(b"\x01", "big", signed=0))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(bytes=b"\x01"))
t(lambda: int.from_bytes(b"\x01", order="big"))
t(lambda: (5).from_bytes(b"\x07"))

# subclasses: from_bytes returns subclass instance
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x00\x2a")
print(type(r).__name__, r)
r = bool.from_bytes(b"\x01")
print(type(r).__name__, r)
r = bool.from_bytes(b"\x00\x00")
print(type(r).__name__, r)
r = bool.from_bytes(b"\x05")
print(type(r).__name__, r)

class WithInit(int):
    def __init__(self, v):
        print("init called with", v)
r = WithInit.from_bytes(b"\x10", "big")
print(type(r).__name__, r)
