# bytearray in-place mutation: append/extend/insert/pop/remove/reverse/clear/copy, +=, *=, item assignment


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abc")
for v in [100, 0, 255]:
    ba.append(v)
print(ba, len(ba))
t(lambda: ba.append(256))
t(lambda: ba.append(-1))
t(lambda: ba.append(b"x"))
t(lambda: ba.append("x"))
t(lambda: ba.append(1.0))
t(lambda: ba.append())
for src in [b"XY", [1, 2], bytearray(b"!"), range(3), (x for x in (9, 8)), memoryview(b"mv"), ()]:
    ba.extend(src)
print(ba)
t(lambda: ba.extend([1, 256]))
t(lambda: ba.extend("str"))
t(lambda: ba.extend(5))
t(lambda: ba.extend([b"a"]))
t(lambda: ba.extend(None))
print(len(ba))
b2 = bytearray(b"0123")
for i, v in [(0, 65), (-1, 66), (100, 67), (-100, 68), (2, 69), (len(b2) + 5, 70)]:
    b2.insert(i, v)
    print(i, b2)
t(lambda: b2.insert(0, 256))
t(lambda: b2.insert(0, b"a"))
t(lambda: b2.insert("0", 1))
t(lambda: b2.insert(0))
print(b2.pop(), b2.pop(0), b2.pop(-2), b2.pop(2), b2)
t(lambda: b2.pop(100))
t(lambda: b2.pop(-100))
t(lambda: bytearray().pop())
t(lambda: b2.pop("1"))
b3 = bytearray(b"abcabc")
b3.remove(98)
print(b3)
b3.remove(ord("c"))
print(b3)
t(lambda: b3.remove(122))
t(lambda: b3.remove(256))
t(lambda: b3.remove(b"a"))
b3.reverse()
print(b3, bytearray().reverse(), b3.reverse(), b3)
c = b3.copy()
c.append(33)
print(c, b3, type(c).__name__, c == b3)
b3.clear()
print(b3, len(b3), b3.clear())
# augmented assignment keeps identity
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
x += memoryview(b"f")
print(x, y is x)
x *= 2
print(x, y is x)
x *= 0
print(x, y is x)
z = bytearray(b"q")
z *= -3
print(z)


def iadd(rhs):
    w = bytearray(b"a")
    w += rhs
    return w


def imul(rhs):
    w = bytearray(b"a")
    w *= rhs
    return w


t(lambda: iadd("str"))
t(lambda: iadd(5))
t(lambda: iadd([98]))
t(lambda: imul(1.5))
t(lambda: imul(b"2"))
print(iadd(b""), iadd(bytearray(b"b")), imul(3), imul(True))
# item assignment
d = bytearray(b"hello")
d[0] = 72
d[-1] = 0x21
print(d)


for idx, val in [(5, 1), (-6, 1), (0, 256), (0, -1), (0, b"a"), (0, "a"), ("0", 1), (0, 1.0), (0, None)]:
    def setit():
        d[idx] = val
    t(setit)


def delit():
    del d[10]
t(delit)
del d[0]
del d[-1]
print(d, bytearray(b"abc") == b"abc", bytearray(b"a") + b"b")
t(lambda: b"abc".__setitem__(0, 1))


def setbytes():
    b = b"abc"
    b[0] = 1


t(setbytes)
