# list.append / list.extend / list.insert with many argument kinds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = []
print(repr(a.append(1)), a)
a.append(a[:])
a.append(None)
a.append('\U0001F600')
a.append((1, 2))
print(a, len(a))
t(lambda: a.append())
t(lambda: a.append(1, 2))

# extend with various iterables
b = [0]
b.extend([1, 2])
b.extend((3, 4))
b.extend(range(5, 8))
b.extend("ab")
b.extend({9: 'x', 10: 'y'})
b.extend({'k': 1}.values())
b.extend({'k': 1}.items())
b.extend(x * x for x in range(3))
b.extend(iter([100, 101]))
b.extend(b'AB')
b.extend([])
b.extend('')
print(b)
b = [1, 2]
b.extend(b)
print(b)
b.extend(reversed(b))
print(b)
t(lambda: b.extend(5))
t(lambda: b.extend(None))
t(lambda: b.extend(3.5))
t(lambda: b.extend())
print(b)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 10
b = []
b.extend(It())
print(b)

class Bad:
    def __iter__(self):
        yield 1
        yield 2
        raise ValueError("boom in iter")
b = ['x']
t(lambda: b.extend(Bad()))
print(b)

# insert with various indices
c = [1, 2, 3]
c.insert(0, 'a'); print(c)
c.insert(-1, 'b'); print(c)
c.insert(-100, 'c'); print(c)
c.insert(100, 'd'); print(c)
c.insert(len(c), 'e'); print(c)
t(lambda: c.insert(10**30, 'huge')); print(c)
t(lambda: c.insert(-10**30, 'neghuge')); print(c)
c.insert(2**31, 'big'); c.insert(-2**31, 'negbig'); print(c)
c.insert(True, 'bool'); print(c)
e = []
e.insert(-5, 1); e.insert(5, 2); e.insert(0, 0)
print(e)
t(lambda: c.insert('1', 2))
t(lambda: c.insert(1.0, 2))
t(lambda: c.insert(1))
t(lambda: c.insert())

class Idx:
    def __index__(self):
        return 2
c = [0, 1, 2, 3]
c.insert(Idx(), 'idx')
print(c)
t(lambda: list.append(5, 1))
t(lambda: list.extend((), [1]))
