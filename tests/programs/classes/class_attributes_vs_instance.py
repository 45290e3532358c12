class Counter:
    total = 0
    shared_list = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared_list.append(name)
a, b = Counter("a"), Counter("b")
print(Counter.total, a.total, a.shared_list is b.shared_list, Counter.shared_list)
a.total = 99
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
Counter.new_attr = "added later"
print(b.new_attr)
print("name" in vars(a), "total" in vars(Counter), sorted(k for k in vars(a)))
print(type(Counter.__dict__).__name__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
