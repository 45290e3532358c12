# memoryview.cast between simple formats, shapes, tolist per format; release() and use-after-release


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


raw = bytes([1, 0, 0, 0, 255, 255, 255, 255, 0, 1, 128, 63, 0, 0, 0, 128])
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "Q", "q", "f", "d", "?", "@B", "@i"]:
    try:
        c = m.cast(fmt) if fmt != "?" else memoryview(bytes([0, 1, 2, 0])).cast("?")
        print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.tolist())
    except Exception as e:
        print(fmt, type(e).__name__, e)
i = m.cast("i")
print(i[0], i[1], i[-1], i[1:3].tolist(), i[::2].tolist(), i.tobytes() == raw, i.obj is raw, i.readonly)
c = m.cast("c")
print(c[0], c[4], c[1:3].tolist(), type(c[0]).__name__)
# shaped casts
s = m.cast("B", shape=[4, 4])
print(s.ndim, s.shape, s.strides, s.tolist(), s[1, 2], s.nbytes, len(s))
s2 = m.cast("I", [2, 2])
print(s2.shape, s2.tolist(), s2[1, 1], s2.cast("B").tolist() == list(raw))
t(lambda: s[0])
t(lambda: s[4, 0])
t(lambda: s[0:2].tolist())
t(lambda: m.cast("B", shape=[3, 3]))
t(lambda: m.cast("i", shape=[5]))
t(lambda: m.cast("z"))
t(lambda: m.cast("<i"))
t(lambda: m.cast("ii"))
t(lambda: m.cast(5))
t(lambda: m[:3].cast("i"))
t(lambda: m[::2].cast("B"))
t(lambda: m.cast("i").cast("h"))
t(lambda: m.cast("I", shape=[]))
t(lambda: m.cast())
z = m[:4].cast("i", shape=[])
print(m.cast("i").cast("B").tolist()[:4], z.ndim, z.shape, z.tolist(), z[()], len(m[:4].cast("i")))
t(lambda: len(z))
t(lambda: z[0])
# writing through a cast view of a bytearray
ba = bytearray(8)
w = memoryview(ba).cast("H")
w[0] = 0x0102
w[3] = 65535
print(ba, w.tolist())
t(lambda: w.__setitem__(1, 65536))
t(lambda: w.__setitem__(1, -1))
t(lambda: w.__setitem__(1, 1.5))
f = memoryview(bytearray(8)).cast("d")
f[0] = 2.5
print(f.tolist(), f.obj)
t(lambda: f.__setitem__(0, "x"))
bm = memoryview(bytearray(2)).cast("b")
bm[0] = -128
bm[1] = 127
print(bm.tolist(), bm.obj)
t(lambda: bm.__setitem__(0, 128))
# release() and context manager
ba = bytearray(b"release me")
mv = memoryview(ba)
print(mv.tobytes(), repr(mv.release()), repr(mv.release()))
for name, op in [("len", lambda: len(mv)), ("index", lambda: mv[0]), ("tobytes", lambda: mv.tobytes()),
                 ("tolist", lambda: mv.tolist()), ("readonly", lambda: mv.readonly), ("format", lambda: mv.format),
                 ("nbytes", lambda: mv.nbytes), ("hex", lambda: mv.hex()), ("cast", lambda: mv.cast("B")),
                 ("slice", lambda: mv[1:2]), ("bytes", lambda: bytes(mv)), ("eq", lambda: mv == b"release me"),
                 ("eq-self", lambda: mv == mv), ("iter", lambda: list(mv)), ("obj", lambda: mv.obj)]:
    try:
        print(name, repr(op()))
    except Exception as e:
        print(name, type(e).__name__, e)
ba.append(33)
print(ba)
with memoryview(ba) as cm:
    print(cm[0], cm.tobytes())
t(lambda: cm[0])
ba.extend(b"?")
print(ba)
outer = memoryview(ba)
inner = outer[1:3]
outer.release()
print(inner.tobytes())
t(lambda: ba.append(1))
inner.release()
ba.append(46)
print(ba)
