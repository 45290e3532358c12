# memoryview: N-dimensional views (tuple indexing, tolist, tobytes orders), 0-dim views, hashing, toreadonly


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(range(24))
m = memoryview(ba)
g = m.cast("B", (2, 3, 4))
print(g.ndim, g.shape, g.strides, g.nbytes, len(g), g.c_contiguous, g.f_contiguous, g.contiguous)
print(g.tolist())
print(g[1, 2, 3], g[-1, -1, -1], g[0, 1, 2])
t(lambda: g[1, 2])
t(lambda: g[1, 2, 3, 0])
t(lambda: g[2, 0, 0])
t(lambda: g[0, 3, 0])
t(lambda: g[0, 0, -5])
t(lambda: g[0, 0, 2**70])
t(lambda: g[0])
t(lambda: g[0:1, 0:1])
t(lambda: g["a"])
t(lambda: g[0, "a", 0])
t(lambda: list(g))
h = g[1:]
print(h.shape, h.strides, h.tolist(), h.c_contiguous)
r = g[::-1]
print(r.shape, r.strides, r.c_contiguous, r.contiguous, r.tobytes() == bytes(ba[12:] + ba[:12]))
print(g.tobytes("F")[:8], g.tobytes("A") == bytes(ba), g.tobytes(None) == bytes(ba), bytes(r)[:4])
t(lambda: g.tobytes("X"))
t(lambda: g.tobytes(1))
g[1, 2, 3] = 99
print(ba[23], g[1, 2, 3])
t(lambda: g.__setitem__((0, 0), 1))
t(lambda: g.__setitem__(0, 1))
t(lambda: g.__setitem__(slice(0, 1), b"x"))
t(lambda: g.__setitem__("k", 1))
print(g.cast("B").shape, g.cast("H").shape, g.cast("B", (24,)).shape)
t(lambda: g.cast("B", (4, 6)))
t(lambda: r.cast("B"))
t(lambda: m.cast("B", [2.0, 12]))
t(lambda: m.cast("B", [0, 24]))
t(lambda: m.cast("B", [-1, 24]))
t(lambda: m.cast("B", 24))
t(lambda: m.cast("B", [1] * 65))
t(lambda: m.cast("B", [2**62, 2**62]))
t(lambda: m.cast("B", [2**64]))
print(m.cast("B", [24] + [1] * 63).ndim, m.cast("B", [24, 1]).strides)
print(g.hex(), r.hex()[:8])
# zero-dimensional views
z = memoryview(bytearray(4)).cast("i", [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], len(z), z.nbytes, z.c_contiguous)
z[()] = 7
print(z.tolist(), z[...] is z, z.obj)
z[...] = 8
print(z.tolist())
t(lambda: z[0])
t(lambda: z.__setitem__(0, 1))
t(lambda: list(z))
t(lambda: z.cast("B").tolist())
print(z.cast("B", [4]).tolist())
# empty shapes
e = memoryview(b"")
print(e.shape, e.tolist(), e.c_contiguous, e.cast("i").shape)
e2 = memoryview(b"abcd")[2:2]
print(e2.shape, e2.tolist(), e2.tobytes())
# hashing
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
t(lambda: hash(memoryview(bytearray(b"abc"))))
t(lambda: hash(memoryview(b"abcd").cast("i")))
t(lambda: hash(memoryview(bytearray(b"abc")).toreadonly()))
print({memoryview(b"k"): 1}[memoryview(b"k")] if False else len({memoryview(b"k"), memoryview(b"k")}))
# toreadonly shares the memory
src = bytearray(b"share")
ro = memoryview(src).toreadonly()
src[0] = ord("S")
print(ro.tobytes(), ro.readonly, ro.obj is src)
t(lambda: ro.__setitem__(0, 1))
t(lambda: ro.__delitem__(0))
t(lambda: memoryview(src).__delitem__(0))
# equality across formats and shapes
a = memoryview(bytes([1, 2, 3, 4]))
print(a == a.cast("b"), a == a.cast("B", [2, 2]), a.cast("B", [2, 2]) == a.cast("B", [2, 2]), a == b"\x01\x02\x03\x04")
print(a.cast("b") == b"\x01\x02\x03\x04", a.cast("i") == b"\x01\x02\x03\x04", a.cast("c") == a)
f = memoryview(bytes(8)).cast("d")
print(f == f, f.tolist(), memoryview(b"\x00" * 7 + b"\x7f\xf8" [:1] * 1) == b"")
