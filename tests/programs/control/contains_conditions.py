# in / not in as conditions (the jump done by CONTAINS_OP itself) and as values, with __contains__ raising.
class Weird:
    def __contains__(self, x):
        if x == 3: raise ValueError("three")
        return x % 2 == 0
w = Weird()
out = []
for i in range(6):
    try:
        if i in w:
            out.append(("in", i))
        elif i not in w:
            out.append(("not", i))
        while i in w and i < 5:
            i += 2
        out.append(i)
    except ValueError as e:
        out.append(str(e))
print(out, [x in {1, 2} for x in range(4)], 2 in {2: 0}, [] in [[]], 5 not in range(3))
try:
    print([] in {1})
except TypeError as e:
    print(e)
