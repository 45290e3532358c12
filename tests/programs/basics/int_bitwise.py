x = 0b1100
y = 0b1010
print(x & y, x | y, x ^ y)
print(bin(x & y), bin(x | y), bin(x ^ y))
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(~0, ~255, -5 & 0xFF, -5 | 3, -5 ^ 3)
big = (1 << 100) - 1
print(big & 0xFFFF, big >> 90, (big ^ (1 << 99)) >> 95)
print((12345).bit_length(), (-1).bit_length(), (0).bit_length())
print((255).bit_count() if hasattr(int, "bit_count") else "n/a")
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
