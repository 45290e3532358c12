names = ["ann", "bob", "cy"]
ages = [30, 25]
for name, age in zip(names, ages):
    print(name, age)
for i, name in enumerate(names, start=1):
    print(i, name)
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
matrix = [[1, 2, 3], [4, 5, 6]]
for col in zip(*matrix):
    print(col)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
