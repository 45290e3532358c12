# list[int] = value with the list and the index handed over in registers: in range, negative, out of range
# (IndexError), a bool index, a tuple (TypeError) and a dict at the same sites.


def fill(target, values, start):
    for j in range(len(values)):
        target[j] = values[j]
    target[start] = "start"
    target[-1] = "last"
    try:
        target[len(target) + 3] = "beyond"
    except (IndexError, TypeError) as e:
        target_error = f"{type(e).__name__}: {e}"
    else:
        target_error = None
    k = True
    try:
        target[k] = "bool index"
    except TypeError as e:
        target_error = (target_error, str(e))
    return target, target_error


for _ in range(60):
    fill([0] * 5, [1, 2, 3], 1)
print(fill([0] * 5, [1, 2, 3], 1))
print(fill([None] * 4, "abcd", -2))
print(fill({}, [7, 8], 0))
try:
    print(fill((0, 0, 0), [1], 0))
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    row = grid[i]
    for j in range(3):
        row[j] = i * 3 + j
print(grid)
