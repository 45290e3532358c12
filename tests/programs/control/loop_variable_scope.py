for i in range(3):
    pass
print("after loop i =", i)
for i in []:
    pass
print("empty loop keeps i =", i)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
x = 10
[x for x in range(3)]
print("comprehension does not leak:", x)
lst = [1, 2, 3]
for lst[0] in [7, 8]:
    pass
print(lst)
class Holder:
    pass
h = Holder()
for h.value in "xyz":
    pass
print(h.value)
