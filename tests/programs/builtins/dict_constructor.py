print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", "cd")))
class M(dict):
    pass
m = M(a=1, b=2); print(m, type(m).__name__)
for t in ['dict([1])', 'dict([(1,2,3)])', 'dict(1, 2)', 'list(x=1)', 'int("10", base=2)', 'int(x=1)', 'tuple([1], y=2)']:
    try: print(eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class K:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(dict(K()))
