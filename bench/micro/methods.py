class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
s = 0
for i in range(300000):
    p = P(i)
    s += p.get() + p.x
print(s)
