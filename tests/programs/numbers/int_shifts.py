# int: << and >> with negatives, huge ints, huge shift counts, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for a in (0, 1, -1, 5, -5, 255, -256, 2**63 - 1, -(2**63), 2**100 + 12345, -(2**100) - 1):
    print(a, [a << s for s in (0, 1, 3, 31, 64)], [a >> s for s in (0, 1, 3, 31, 64, 200)])

# right shift of negatives rounds toward -inf
for a in range(-9, 10):
    print(a, a >> 1, a >> 2, a // 2, a // 4)

# huge shift counts
t(lambda: 1 >> 10**20)
t(lambda: -1 >> 10**20)
t(lambda: 0 << 10**20)
t(lambda: 0 >> 10**20)
t(lambda: 5 >> 2**64)
t(lambda: -5 >> 2**64)
t(lambda: 2**1000 >> 999)
t(lambda: -(2**1000) >> 1000)
t(lambda: -(2**1000) >> 1001)
t(lambda: (1 << 5000) >> 4999)
t(lambda: len(bin(1 << 3000)))

# negative shift count errors
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 << -1)
t(lambda: 0 >> -5)
t(lambda: 2**100 << -(2**100))
t(lambda: (3).__lshift__(-2))
t(lambda: (3).__rshift__(-2))

# type errors
t(lambda: 1 << 2.0)
t(lambda: 1.0 << 2)
t(lambda: 1 >> "2")
t(lambda: 1 << None)
t(lambda: [1] << 1)

# bool operands
t(lambda: True << 3)
t(lambda: 5 >> True)
t(lambda: type(True << False))
t(lambda: False >> 100)

# dunders
t(lambda: (3).__lshift__(4))
t(lambda: (3).__rlshift__(4))
t(lambda: (64).__rshift__(3))
t(lambda: (3).__rrshift__(64))
t(lambda: (3).__lshift__(4.0))
t(lambda: int.__rshift__(-7, 1))

# augmented assignment
x = 1
x <<= 70
print(x)
x >>= 68
print(x)
y = -1
y <<= 100
print(y, y >> 99, y >> 100, y >> 101)
