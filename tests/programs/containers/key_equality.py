# Dict and set keys of the commonest exact types (str, int, tuples of them) compare without calling ==;
# everything else, and mixtures, must still find equal keys as CPython does.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class AlwaysEqual:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return True


nan = float("nan")
d = {1: "int", (1, 2): "pair", "k": "str", (("a", 1), 2**70): "nested", 2**70: "big"}
print(d[1.0], d[True], d[(1.0, 2)], d[(True, 2)], d["k"], d[(("a", 1), 2**70)], d[2**70])
print((1, 2) in d, (1, 3) in d, (1, 2, 3) in d, ("k",) in d, -1 in d)
s = {1, 2, (3, 4), "x", (("y",), 5)}
print(1.0 in s, True in s, (3.0, 4) in s, (3, 4.5) in s, "x" in s, (("y",), 5) in s, (("y",), 6) in s)
print(d.get(Loud("k")), Loud("k") in s, Loud("x") in s)
print({nan: 1}.get(nan), nan in {nan}, float("nan") in {nan}, (nan,) in {(nan,)})
print(AlwaysEqual(hash(7)) in {7}, {7: "seven"}.get(AlwaysEqual(hash(7))))
print(AlwaysEqual(hash((1, 2))) in {(1, 2)}, ((1, 2), AlwaysEqual(hash(3))) in {((1, 2), 3)})
print(len({1, 1.0, True, (1,), (1.0,), (True,)}), {0: "a", False: "b", 0.0: "c"})
print(sorted({(i, j) for i in range(4) for j in range(3)} & {(2, 1), (3, 3), (0, 0)}))
print({-1, -2} - {-2}, {"a", "b"} ^ {"b", "c"} == {"a", "c"}, {(1, "a")} | {(1, "a")})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
grid = {(x, y): x * y for x in range(-3, 4) for y in range(-3, 4)}
print(grid[(-3, 2)], grid[(0, 0)], (4, 4) in grid, sum(grid[(x, -x)] for x in range(-3, 4)))
