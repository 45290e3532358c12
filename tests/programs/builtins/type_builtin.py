print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()))
print(type(len), type(lambda: 0), type(type), type(object), type(int.__add__), type([].append))
print(type(range(1)), type(iter([])), type(iter(())), type(iter("")), type(iter({})), type(reversed([])))
print(type(x for x in ()), type(zip()), type(map(abs, [])), type(enumerate([])), type(filter(None, [])))
print(type(1) is int, type(True) is bool, type(True) is int, type(Ellipsis), type(NotImplemented))
print(type(1)(5), type("s")(3.5), type([])("ab"))
print(type.__name__, type(1).__name__, type(1).__qualname__, type(1).__module__)
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
print(type(C).__name__, type(C()).__name__, type(Meta).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
