class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
it = CountDown(2)
print(next(it), next(it), next(it, "done"))
for v in CountDown(3):
    print("v", v)
class NotIterator:
    def __iter__(self):
        return 42
try:
    iter(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(Seq()), 9 in Seq(), list(iter(Seq())))
