print([c for c in "abc"], [b for b in b"ab"], [k for k in {"x": 1}])
print([t for t in (1, 2)], [r for r in range(2)], [s for s in sorted({3, 1})])
print([line.strip() for line in "a\nb\n".splitlines()])
print([p for p in zip("ab", "cd")], [e for e in enumerate("xy")])
print([m for m in map(abs, [-1, -2])], [f for f in filter(None, [0, 1, 2])])
print([k + str(v) for k, v in {"a": 1, "b": 2}.items()])
it = iter([1, 2, 3, 4])
print([x + next(it) for x in it])
print([x for x in reversed([1, 2, 3])])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print([v for v in Seq()])
