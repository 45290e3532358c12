import sys
print("a", 1, None, sep="|", end="<\n")
print(*["x", "y"], sep="")
print("to stderr", file=sys.stderr)
print("back to stdout")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("captured", 42, file=w, sep="-")
print(w.parts)
print(file=None)
try:
    print("x", file=42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", flush="yes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bad_kw=1)
except TypeError as e:
    print(type(e).__name__, e)
