# Hot operations: str concatenation and str.join.
def run(n):
    total = 0
    for i in range(n):
        s = "ab" + "cd"
        s = s + "ef"
        total += len("-".join([s, s, "x"]))
    return total


print(run(2_000_000))
