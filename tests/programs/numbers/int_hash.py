# hash() of ints (64-bit CPython): modulus 2**61-1, -1 -> -2, negatives, huge, bools, consistency
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

M = 2**61 - 1
vals = [0, 1, -1, -2, 2, 42, -42, 2**31, 2**32, 2**60, 2**61 - 2, M, M + 1, M - 1,
        -M, -M - 1, -M + 1, 2 * M, 2 * M - 1, 2 * M + 1, 5 * M - 1, -(5 * M) + 1,
        2**61, 2**62, 2**63 - 1, -(2**63), 2**64, 2**64 + 1, -(2**64), 10**20, -(10**20),
        10**100, -(10**100), 3**300, -(3**300), 2**1000, M**3, M**3 - 1, -(M**3) + 1]
for v in vals:
    print(v if abs(v) < 10**30 else "big", hash(v))

# -1 is reserved: anything hashing to -1 becomes -2
print(hash(-1), hash(-M - 1), hash(-(2 * M) - 1), hash(-1 - 7 * M))
print(hash(-2) == hash(-1), hash(-2), hash(-1 - M) == hash(-1))

# hash(x) == x for small non-negative ints and small negatives except -1
ok = all(hash(i) == i for i in range(0, 100000, 7)) and all(hash(-i) == -i for i in range(2, 1000))
print("identity", ok)

# periodicity: hash(x + k*M) == hash(x) for x >= 0
ok = all(hash(x + k * M) == hash(x) for x in (0, 1, 12345, M - 1) for k in range(1, 6))
print("periodic", ok)
# negatives: hash(-x) == -hash(x) unless -1 involved
ok = all(hash(-x) == -hash(x) for x in (2, 3, 10**18, 10**30, 2**100, 7**77))
print("odd symmetry", ok)

# bools hash like ints
print(hash(True), hash(False), hash(True) == hash(1))

# equal numbers across types hash equal
for v in (0, 1, -1, 2**52, 2**53, -(2**60), 2**61, 2**70, 10**22):
    print(v, hash(v) == hash(float(v)), hash(v) == hash(complex(v, 0)))

# __hash__ method and subclass
t(lambda: (123).__hash__())
t(lambda: (-1).__hash__())
t(lambda: int.__hash__(M + 5))

class MyInt(int):
    pass
t(lambda: hash(MyInt(-1)))
t(lambda: hash(MyInt(M + 3)))

class HashOverride(int):
    def __hash__(self):
        return -1
t(lambda: hash(HashOverride(5)))

class HashBig(int):
    def __hash__(self):
        return 2**70
t(lambda: hash(HashBig(5)))

class HashStr(int):
    def __hash__(self):
        return "x"
t(lambda: hash(HashStr(5)))

# dict/set behaviour relying on hash/eq between 1, 1.0, True
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(len(s), sorted({1, 2, 2**61, 2**61 - 1 + 2, 3}))

# tuples of ints hash deterministically
print(hash((1, 2, 3)), hash(()), hash((M, -1)), hash(((1, 2), (3,))))
