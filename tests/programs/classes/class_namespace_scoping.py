x = "module"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().method(), A.z)
class B:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
print(B.items, hasattr(B, "i"))
def factory(v):
    class Local:
        value = v
        def get(self):
            return self.value
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
