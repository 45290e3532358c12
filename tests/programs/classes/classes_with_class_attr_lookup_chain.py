class A:
    attr = "A"
    def who(self):
        return "A.who"
class B(A):
    pass
class C(B):
    attr = "C"
c = C()
print(c.attr, c.who(), B.attr, B().who())
B.attr = "B now"
print(B().attr, c.attr)
del C.attr
print(c.attr)
A.who = lambda self: "patched"
print(c.who())
c.who = lambda: "instance function"
print(c.who(), C().who())
