print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), type(round(3.7)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1))
print(round(1.5, None), type(round(2.5, 0)).__name__, round(10 ** 20 + 0.5), round(float("inf"), 2))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
for bad in (lambda: round("1.5"), lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.0)):
    try:
        bad()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
