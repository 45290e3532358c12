class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
class B(A):
    def f(self):
        return "B.f>" + super().f()
class C(B):
    def f(self):
        return "C.f>" + super().f()
    def skip(self):
        return super(B, self).f()
c = C()
print(c.f(), c.skip(), super(C, c).f(), super(C, C).c())
s = super(B, c)
print(type(s).__name__, s.f(), repr(s)[:14])
try:
    super(B, A()).f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "s")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
unbound = super(B)
print(type(unbound).__name__)
