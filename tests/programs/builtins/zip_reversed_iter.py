for t in ["list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))", "list(zip([1], [1], [1, 2], strict=True))", "list(zip([1,2], [1,2], [1], strict=True))", "list(zip('ab', 'cd', strict=True))", "list(zip([1], foo=1))",
          "list(reversed([1,2,3]))", "list(reversed(range(4)))", "list(reversed('abc'))", "reversed(5)", "reversed({1,2})", "list(reversed({'a':1,'b':2}))"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())), list(reversed(Seq())))
seen = []
def step():
    seen.append(1)
    return len(seen)
print(list(iter(step, 4)))
try: iter(5, 1)
except TypeError as e: print(e)
