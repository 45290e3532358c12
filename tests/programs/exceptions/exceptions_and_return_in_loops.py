def search(matrix, target):
    try:
        for r, row in enumerate(matrix):
            for c, v in enumerate(row):
                if v == target:
                    return (r, c)
        raise LookupError(f"{target} not in matrix")
    finally:
        print("search done for", target)
m = [[1, 2], [3, 4]]
print(search(m, 4))
try:
    search(m, 9)
except LookupError as e:
    print(type(e).__name__, e)
def first_valid(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            continue
    return None
print(first_valid(["a", "b", "12", "13"]), first_valid(["x"]))
