s = list(range(10))
print(s[2:8:2], s[::-1], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:2])
print(s[slice(1, 4)], s[slice(None, None, 3)])
s[2:4] = ["a", "b", "c"]
print(s)
s[::2] = [0] * 6
print(s)
s[1:1] = [99]
print(s)
s[:] = [1, 2]
print(s)
print("abcdef"[1::2], "abcdef"[::-3], (1, 2, 3, 4)[1:3])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t = [1, 2, 3, 4]
    t[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    key = "a"
    [1, 2][key]
except TypeError as e:
    print(type(e).__name__, e)
try:
    idx = 1.0
    [1, 2][idx]
except TypeError as e:
    print(type(e).__name__, e)
