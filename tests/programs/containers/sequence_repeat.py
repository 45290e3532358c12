# Sequence repetition: lists, tuples, strs, bytes and bytearrays, of one element and of several, empty, by 0 and negative counts, and too large.
print([True] * 3, [1, 2] * 3, [] * 5, [0] * 0, [None] * -1, (1,) * 4, (1, 2) * 2, () * 3)
print("ab" * 3, "x" * 5, "" * 4, "é" * 2, "😀" * 3, "abc" * 0, "q" * -2)
print(bytearray([1]) * 4, bytes([1, 2]) * 2, b"z" * 3, b"" * 9, bytearray(b"ab") * 0)
l = [[]] * 3; l[0].append(1); print(l)
s = "na" * 10
print(len(s), s[:6])
big = [False] * 300000
print(len(big), big[-1], sum(1 for x in big if x is False))
try:
    [1] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
