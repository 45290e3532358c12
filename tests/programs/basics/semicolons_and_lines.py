a = 1; b = 2; c = a + b; print(c)
if a: print("inline if")
for i in range(2): print("inline for", i)
total = (1 +
         2 +
         3)
print(total)
value = 1 + \
    2
print(value)
items = [
    1,
    2,
    3,
]
print(items)
def f(x): return x * 2
print(f(21))
while a < 3: a += 1
print(a)
class K: attr = "k"
print(K.attr)
