# min(a, b) and max(a, b) of two floats or ints take a short path: ties, NaN, signed zeros, big ints, bools and
# mixed int/float pairs must give what the general comparison loop gives.
nan = float("nan")
for a, b in [(1.0, 2.0), (2.0, 1.0), (1.0, 1.0), (-0.0, 0.0), (0.0, -0.0), (nan, 1.0), (1.0, nan), (3, 4), (4, 3), (2**70, 3), (True, 0), (1, 1.0), (1.0, 1)]:
    print(repr(min(a, b)), repr(max(a, b)))
