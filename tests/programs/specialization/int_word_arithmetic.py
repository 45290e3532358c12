# BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT on machine words (PyInt.AddWords & co.): the overflow edges, the 32-bit
# operands a multiply takes without Math.BigMul, big ints, bools and an int subclass at a specialized site.
class I(int):
    pass


def ops(a, b):
    return a + b, a - b, a * b


vals = [0, 1, -1, 7, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 3037000499, 3037000500, -3037000500,
        2**62, -2**63, 2**63 - 1, 2**64, I(3), True]
for _ in range(3):
    out = [ops(x, y) for x in vals for y in vals]
for row in out:
    print(row)
print(type(I(3) + 1), type(True + True))
