# BINARY_OP_INT's inline cases (x % n, x // n, & | ^ >>) on machine words, and everything around them that must
# take the general path: negative operands, zero divisors, big ints, shifts past 63 bits.
vals = [0, 1, -1, 7, -7, 2**62, -2**63, 2**63 - 1, 2**64, 100, 63, 64, 65, 200]
out = []
for _ in range(3):
    for x in vals:
        for y in vals:
            for op in ("%", "//", "&", "|", "^", ">>"):
                try:
                    out.append(eval(f"lambda a, b: a {op} b")(x, y))
                except Exception as e:
                    out.append(type(e).__name__)
print(out)
def f(a, b):
    return a % b, a // b, a & b, a | b, a ^ b, a >> b
for _ in range(100):
    r = [f(x, y) for x in (5, 17, 1000) for y in (3, 1, 2)]
print(r)
