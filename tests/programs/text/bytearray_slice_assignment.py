# bytearray slice assignment (size-changing, extended slices), del of slices, self-assignment


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def assign(base, sl, val):
    b = bytearray(base)
    try:
        b[sl] = val
        return b
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def delete(base, sl):
    b = bytearray(base)
    try:
        del b[sl]
        return b
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


base = b"0123456789"
cases = [
    (slice(2, 5), b"ab"), (slice(2, 5), b"abcdef"), (slice(2, 5), b""), (slice(0, 0), b"XY"),
    (slice(10, 10), b"end"), (slice(100, 200), b"far"), (slice(-3, None), b"!"), (slice(None), b""),
    (slice(None), b"whole"), (slice(5, 2), b"zz"), (slice(-100, 2), b"<"), (slice(2, 5), [65, 66]),
    (slice(2, 5), bytearray(b"ba")), (slice(2, 5), memoryview(b"mv")), (slice(2, 5), range(3)),
    (slice(2, 5), (x for x in [70, 71])), (slice(2, 5), 3), (slice(2, 5), 0), (slice(2, 5), "str"),
    (slice(2, 5), [256]), (slice(2, 5), [-1]), (slice(2, 5), None), (slice(2, 5), 1.5), (slice(2, 5), [b"a"]),
    (slice(None, None, 2), b"abcde"), (slice(None, None, 2), b"abc"), (slice(1, None, 3), b"XYZ"),
    (slice(None, None, -1), b"abcdefghij"), (slice(None, None, -2), b"vwxyz"), (slice(8, 2, -2), b"abc"),
    (slice(8, 2, -2), b"ab"), (slice(None, None, 2), b""), (slice(5, 5, 2), b""), (slice(5, 5, 2), b"x"),
    (slice(None, None, 3), [1, 2, 3, 4]), (slice(None, None, 3), 4), (slice(None, None, 1), b"step1"),
    (slice(0, 10, 20), b"Q"), (slice(None, None, 0), b"x"),
]
for sl, val in cases:
    shown = val if isinstance(val, (bytes, int, str, list, type(None), float)) else type(val).__name__
    print(repr(sl), repr(shown), assign(base, sl, val))

for sl in [slice(2, 5), slice(None), slice(0, 0), slice(100, None), slice(-3, None), slice(None, None, 2),
           slice(1, None, 3), slice(None, None, -1), slice(None, None, -3), slice(8, 1, -2), slice(None, None, 0),
           slice(5, 2), slice(-100, 100, 4)]:
    print("del", repr(sl), delete(base, sl))

# assigning a bytearray to a slice of itself
b = bytearray(b"abcdef")
b[1:3] = b
print(b)
b = bytearray(b"abcdef")
b[::2] = b[1::2]
print(b)
b = bytearray(b"abcdef")
b[:] = b[::-1]
print(b)
b = bytearray(b"abcdef")
b[2:2] = b
print(b)
# slice assignment through the index protocol and slice objects with None


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


b = bytearray(b"0123456789")
b[I(1):I(3)] = b"__"
b[I(-2):] = b""
print(b, len(b))
t(lambda: assign(base, slice("a", 2), b"x"))
t(lambda: assign(base, slice(1.0, 2), b"x"))
print(assign(b"", slice(None), b"new"), delete(b"", slice(None)), assign(b"ab", slice(2**80, None), b"z"))
