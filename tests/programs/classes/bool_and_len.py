class Stack:
    def __init__(self, items=()):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
s = Stack()
print(len(s), bool(s), "empty" if not s else "full")
s.items.append(1)
print(len(s), bool(s))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Flag(True)), Flag(False) or "fallback")
if Flag(True) and Flag(False):
    print("no")
class BadLenType:
    def __len__(self):
        return "3"
try:
    len(BadLenType())
except TypeError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
