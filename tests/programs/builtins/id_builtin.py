a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(type(id(a)).__name__, id(a) > 0)
x = object()
ids = {id(x)}
print(id(x) in ids)
def same(o1, o2):
    return id(o1) == id(o2)
print(same(None, None), same(True, True), same(a, a[:]))
class K:
    pass
k = K()
print(id(k) == id(k), same(K, type(k)))
