# int: & | ^ ~ on negatives, huge ints, bools, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 6, -6, 255, -256, 2**32 - 1, -(2**32), 2**64 + 5, -(2**64) - 5,
        2**100 - 1, -(2**100), 3**70, -(3**70)]
for a in vals:
    print(a, ~a, [(a & b, a | b, a ^ b) for b in (0xF0F0, -0xF0F1, 2**70 - 1, -(2**65))])

# identities
ok = True
for a in range(-40, 41, 3):
    for b in (-(2**70) + 3, -17, -1, 0, 5, 2**66 + 9):
        if (a & b) + (a | b) != a + b:
            ok = False
        if (a ^ b) != (a | b) - (a & b):
            ok = False
        if ~(a & b) != (~a | ~b):
            ok = False
        if -a != ~a + 1:
            ok = False
print("identities", ok)

# small table
for a in range(-4, 5):
    print(a, [a & b for b in range(-4, 5)], [a | b for b in range(-4, 5)], [a ^ b for b in range(-4, 5)])

# bool operands keep bool type when both bool
t(lambda: True & False)
t(lambda: True | False)
t(lambda: True ^ True)
t(lambda: True & 3)
t(lambda: 2 | True)
t(lambda: ~True)
t(lambda: ~False)
t(lambda: type(True ^ False))

# errors
t(lambda: 1 & 1.0)
t(lambda: 1.0 | 1)
t(lambda: 1 ^ "1")
t(lambda: 1 & None)
t(lambda: ~"a")
t(lambda: {1} & 1)
t(lambda: 1 | [])

# dunders
t(lambda: (12).__and__(10))
t(lambda: (12).__rand__(10))
t(lambda: (12).__or__(10))
t(lambda: (12).__ror__(10))
t(lambda: (12).__xor__(10))
t(lambda: (12).__rxor__(10))
t(lambda: (12).__and__(1.5))
t(lambda: (12).__invert__())
t(lambda: int.__or__(True, True))

# huge masks
big = (1 << 1000) - 1
print(hex(big & 0xFFFF0000), (big ^ (big >> 1)).bit_length(), (big | (1 << 2000)).bit_count())
print(hex((-(1 << 200)) & ((1 << 210) - 1)))
print(hex((-(1 << 200) - 1) ^ (1 << 100)))
print(hex(-(2**128) | 0x1234))
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x.bit_count(), hex(x))
x &= ~(1 << 7)
x ^= -1
print(x)
