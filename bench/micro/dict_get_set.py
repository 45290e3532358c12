# Hot operations: dict item assignment and lookup with str and int keys.
def run(n):
    d = {}
    keys = ["k%d" % i for i in range(64)]
    total = 0
    for i in range(n):
        k = keys[i & 63]
        d[k] = i
        d[i & 255] = k
        total += d[k] + len(d.get(i & 255, ""))
    return total


print(run(3_000_000))
