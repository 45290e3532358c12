class MyList:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return MyList(self.items[index])
        return self.items[index]
    def __setitem__(self, index, value):
        self.items[index] = value
    def __delitem__(self, index):
        del self.items[index]
    def __repr__(self):
        return f"MyList({self.items})"
    def __reversed__(self):
        return MyList(self.items[::-1]).__iter__()
    def __iter__(self):
        return iter(self.items)
m = MyList(range(6))
print(m[2], m[-1], m[1:4], m[::2], len(m))
m[0] = "zero"
del m[1]
print(m, list(reversed(m)), sorted(m[1:]), 3 in m)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
del m[::2]
print(m)
