# Hot operation: hashing tuples (as dict keys).
def run(n):
    seen = {}
    for i in range(n):
        key = (i & 1023, i & 7, "x")
        seen[key] = seen.get(key, 0) + 1
    return len(seen), hash((1, 2, 3))


print(run(3_000_000))
