# memoryview basics: len, indexing, slicing, tobytes, tolist, hex, attributes, comparisons, writes


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abcdef\x00\xff")
print(len(m), m[0], m[-1], m[7], type(m[0]).__name__, m.tobytes(), m.tolist(), m.hex(), m.hex(":", 2))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous,
      m.c_contiguous, m.f_contiguous, m.obj == b"abcdef\x00\xff", type(m.obj).__name__)
s = m[1:4]
print(type(s).__name__, len(s), s.tobytes(), s.tolist(), s.nbytes, s.obj is m.obj, s.readonly, bytes(s))
for sl in [slice(None, None, 2), slice(None, None, -1), slice(5, 1, -2), slice(100, None), slice(-3, None)]:
    v = m[sl]
    print(repr(sl), v.tobytes(), v.tolist(), len(v), v.strides, v.contiguous, v.nbytes)
t(lambda: m[8])
t(lambda: m[-9])
t(lambda: m["a"])
t(lambda: m[1.0])
t(lambda: m[::0])
t(lambda: m[0, 1])
t(lambda: m[...].tobytes())
t(lambda: m[()])
t(lambda: memoryview("str"))
t(lambda: memoryview(5))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview())
print(list(m[:3]), [x for x in m[-2:]], 97 in m, 255 in m, 256 in m, m.tobytes("C"), m.tobytes(order="A"))
t(lambda: m.tobytes("X"))
t(lambda: b"a" in m)
# comparisons
print(m == b"abcdef\x00\xff", m[:3] == b"abc", m[:3] == bytearray(b"abc"), m[:3] == memoryview(b"abc"), m == "abcdef")
print(m[:3] != b"abd", m == m, memoryview(b"") == b"", m[::2] == b"aceX"[:3] + b"\x00")
t(lambda: m < m)
t(lambda: m[:1] <= b"a")
# memoryview over bytearray is writable and reflects mutations both ways
ba = bytearray(b"hello world")
mv = memoryview(ba)
print(mv.readonly, mv.format, mv.itemsize)
mv[0] = ord("H")
mv[-5:] = b"WORLD"
mv[5:6] = bytearray(b"_")
print(ba, mv.tobytes())
ba[1] = ord("E")
print(mv[1], bytes(mv[:5]))
mv[::2] = b"123456"
print(ba)
t(lambda: mv.__setitem__(0, 256))
t(lambda: mv.__setitem__(0, -1))
t(lambda: mv.__setitem__(0, b"x"))
t(lambda: mv.__setitem__(slice(0, 2), b"xyz"))
t(lambda: mv.__setitem__(slice(0, 2), "xy"))
t(lambda: mv.__setitem__(20, 1))
t(lambda: mv.__delitem__(0))
t(lambda: memoryview(b"ro").__setitem__(0, 1))
t(lambda: memoryview(b"ro").__setitem__(slice(0, 1), b"x"))
t(lambda: ba.append(1))
t(lambda: ba.extend(b"more"))
t(lambda: ba.pop())
t(lambda: ba.clear())
ba[0] = 0x21
print(ba, len(ba))
print(repr(memoryview(b"x").tobytes()), memoryview(bytearray(3)).tolist(), memoryview(b"").tolist(), memoryview(b"").hex())
