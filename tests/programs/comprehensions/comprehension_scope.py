x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
class C:
    factor = 3
    values = [factor * 2]
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"
    first_iter_ok = [i for i in range(factor)]
print(C.values, C.scaled, C.first_iter_ok)
print([(lambda: i)() for i in range(3)])
n = 2
print([[n * j for j in range(i)] for i in range(3)])
