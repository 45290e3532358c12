# COMPARE_OP_FLOAT_JUMP inline: every operator on floats, NaN (false but for !=), signed zeros, infinities, and
# the same site seeing ints, bools and other types afterwards.
nan, inf = float("nan"), float("inf")


def table(x, y):
    out = []
    if x < y: out.append("<")
    if x <= y: out.append("<=")
    if x == y: out.append("==")
    if x != y: out.append("!=")
    if x > y: out.append(">")
    if x >= y: out.append(">=")
    return " ".join(out)


pairs = [(1.0, 2.0), (2.0, 1.0), (1.5, 1.5), (-0.0, 0.0), (nan, nan), (nan, 1.0), (1.0, nan), (inf, 1e308), (-inf, inf)]
for _ in range(20):
    rows = [table(x, y) for x, y in pairs]
print(rows)
print([table(x, y) for x, y in [(1, 2.0), (2.0, 1), (True, 1.0), (2**60, 2.0**60), (2**53 + 1, 2.0**53)]])
try:
    table(1.0, "x")
except TypeError as e:
    print("TypeError:", e)
