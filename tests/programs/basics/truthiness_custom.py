class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Plain:
    pass
for obj in (AlwaysFalse(), Empty(), Full(), Plain()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolAndLen()), len(BoolAndLen()))
