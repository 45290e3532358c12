data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.nbytes)
mv[0] = ord("A")
print(data)
ro = memoryview(b"xyz")
print(ro.readonly, bytes(ro[::2]))
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
sub = mv[2:4]
sub[:] = b"CD"
print(data, sub.tobytes())
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab").hex())
