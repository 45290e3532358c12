# Frames returning every way (Frame.Returns): plain calls, __init__ (raising, then the frame reused), a binary
# operator's method (raising), RecursionError, frames shown by sys._getframe, generators run by for and sum().
import sys
class A:
    def __init__(self, x):
        if x < 0:
            raise ValueError("neg")
        self.x = x
    def __add__(self, other):
        if other == 0:
            raise KeyError("zero")
        return A(self.x + other)
def f(x):
    return x + 1
out = []
for i in range(200):
    try:
        a = A(i - 100)
        b = a + (i % 3)
        out.append(b.x)
    except (ValueError, KeyError) as e:
        out.append(type(e).__name__)
    out.append(f(i))
print(out[:12], len(out))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
print(f(1), A(3).x)
class B:
    def __init__(self):
        self.frame = sys._getframe()
        self.back = sys._getframe(1).f_code.co_name
b = B()
print(b.back, b.frame.f_code.co_name, f(41))
def g():
    yield 1
    raise ValueError("in gen")
try:
    for v in g():
        print("got", v)
except ValueError as e:
    print("gen raised", e)
print(sum(x for x in range(10)), [f(i) for i in range(3)])
