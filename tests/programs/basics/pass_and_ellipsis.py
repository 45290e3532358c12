def f():
    pass
def g():
    ...
class Empty:
    pass
print(f(), g(), Empty.__name__)
if True:
    pass
for _ in range(3):
    pass
print(_)
x = ...
print(x, type(x).__name__, x is Ellipsis, bool(...))
e = ...
print([1, 2, 3][e] if False else "skip")
while False:
    pass
print("done")
