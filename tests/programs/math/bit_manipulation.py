def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in range(17)], (2 ** 100 - 1).bit_count())
def reverse_bits(n, width=8):
    return int(f"{n:0{width}b}"[::-1], 2)
print([reverse_bits(n) for n in (1, 2, 3, 128, 255)])
print(0b1010 & -0b1010, 12 & -12, (1 << 64) | 1, -(1 << 64) >> 63, ~(1 << 65) & 0xFF)
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [f"{g:03b}" for g in gray])
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(bin(mask), [b for b in range(8) if mask >> b & 1])
