# int(x) of a float takes a short path within a machine word: truncation toward zero, signed zeros, the edges of
# the range, a float subclass with its own __int__, and NaN and infinities raising.
class F(float):
    def __int__(self):
        return 42
    def __trunc__(self):
        return 43
vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5e18, -9.1e18, 9.3e18, -9.3e18, 1e300, 123456789.987, F(3.5)]
for _ in range(30):
    out = [int(v) for v in vals]
print(out)
for bad in [float("nan"), float("inf"), -float("inf")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
