data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
print((a := 5) + a)
def f():
    if any((found := x) > 10 for x in data):
        return found
    return None
print(f())
total = 0
print([total := total + x for x in range(5)], total)
print(x := 3, x)
