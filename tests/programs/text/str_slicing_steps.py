# str slicing with steps, negative bounds, out-of-range bounds, slice objects, non-BMP content


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "0\U0001F6002𝔘4é6\u4e2d8\U0010FFFF"
print(len(s))
steps = [None, 1, 2, 3, -1, -2, -3, 7, -7]
for step in steps:
    rows = []
    for a in [None, -3, 0, 2, 9, 50]:
        for b in [None, -50, -2, 0, 4, 10]:
            rows.append(s[a:b:step])
    print(step, repr(rows))

print(repr(s[::]), repr(s[::-1]), repr(s[1::2]), repr(s[-2::-2]))
print(repr(s[100:]), repr(s[:-100]), repr(s[5:2]), repr(s[5:2:-1]))
print(repr(s[-1:-11:-1]))
print(repr(s[slice(1, 8, 3)]), repr(s[slice(None)]), repr(s[slice(-3, None)]))
t(lambda: s[::0])
t(lambda: s[1:2:0])
t(lambda: s[1.0:2])
t(lambda: s[:"a"])
t(lambda: s[::1.5])
print(repr(s[True:3]), repr(s[False::True]))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(repr(s[Idx(2)]), repr(s[Idx(1):Idx(4)]), repr(s[::Idx(-4)]))
print(repr(s[2**100:]), repr(s[-2**100:2]), repr(s[::2**100]), repr(s[::-2**100]))
t(lambda: s[2**100])
t(lambda: s[Idx(99)])

# slice.indices
for sl in [slice(None), slice(None, None, -1), slice(-3, 50, 2), slice(50, -50, -3),
           slice(2, 2), slice(-100, 100, 4)]:
    print(repr(sl), sl.indices(len(s)), len(range(*sl.indices(len(s)))))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))

# empty string slicing
e = ""
print(repr(e[:]), repr(e[::-1]), repr(e[5:10]), repr(e[-5:]))
t(lambda: e[0])
# all-ASCII vs mixed consistency
a = "abcdefghij"
print(repr(a[::3]), repr(a[-1::-4]), repr(a[8:1:-2]))
m = "a\U0001F600" * 5
print(repr(m[1::2]) == repr("\U0001F600" * 5), repr(m[::2]), len(m[::-3]))
