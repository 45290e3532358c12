# str.join takes all the items of a non-list iterable before checking them (CPython's PySequence_Fast); an
# exact list or tuple is used as it is, a subclass is iterated. set() and any() stop at the failing item.
def gen():
    for i in range(4):
        print("yield", i)
        yield "a" if i != 1 else 5
try:
    ",".join(gen())
except TypeError as e:
    print("TypeError", e)
def gen2():
    for i in range(3):
        print("y2", i)
        yield [i] if i == 1 else i
try:
    set(gen2())
except TypeError as e:
    print("TypeError", e)
try:
    any(x > "a" for x in [0, 1])
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(["no"])
print("-".join(L(["a", "b"])))
class T(tuple):
    def __iter__(self):
        return iter(["no"])
print("-".join(T(("c", "d"))))
