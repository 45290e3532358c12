class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bad(), Bad()
b1.add(1)
b2.add(2)
print(b1.items, b2.items, Bad.items)
g1, g2 = Good(), Good()
g1.add(1)
g2.add(2)
print(g1.items, g2.items)
class Reassign:
    count = 0
    def inc(self):
        self.count += 1
r1, r2 = Reassign(), Reassign()
r1.inc(); r1.inc(); r2.inc()
print(r1.count, r2.count, Reassign.count)
