e = ValueError("a", "b")
e.args = ("changed",)
print(str(e), repr(e))
e.custom = {"k": 1}
print(e.custom)
e2 = KeyError()
e2.args = ("late key",)
print(str(e2))
try:
    e.args = 5
    print(e.args)
except TypeError as err:
    print(type(err).__name__, err)
o = OSError(2, "nope")
o.filename = "x.txt"
print(str(o), o.errno)
s = StopIteration("v")
s.value = "changed value"
print(s.value, s.args)
