import sys
print(max((x for x in []), default=0), min([], default="e"), max([3, 1, 2]), min("bca"), max(1, 5, 3), max(["aa", "b"], key=len), min([(2, 'a'), (1, 'b')], key=lambda p: p[1]))
for t in ["max()", "max([])", "max(1, 2, default=0)", "max([1], foo=1)", "min(1)"]:
    try: print(eval(t))
    except Exception as e: print(t, type(e).__name__, e)
print("to stdout", file=sys.stdout)
print("a", "b", sep="-", file=None, flush=True)
class Rec:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
r = Rec()
print(1, 2, 3, sep=", ", end="!\n", file=r)
print(r.parts)
sys.stdout.writelines(["x\n", "y\n"])
