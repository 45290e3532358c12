class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hello")
print(u, u.shout(), type(u).__name__, type(u + "x").__name__, isinstance(u, str), len(u))
class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, item):
        self.appends += 1
        super().append(item)
cl = CountingList([1, 2])
cl.append(3)
cl.extend([4])
print(cl, cl.appends, len(cl), type(cl[:]).__name__, cl == [1, 2, 3, 4])
class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
p = PositiveInt(5)
print(p + 1, type(p + 1).__name__, p * 2, repr(p))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
ad = AttrDict(a=1)
print(ad.a, ad, isinstance(ad, dict))
try:
    ad.b
except AttributeError as e:
    print(type(e).__name__, e)
