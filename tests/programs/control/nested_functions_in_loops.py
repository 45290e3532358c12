def make_counters(n):
    counters = []
    for i in range(n):
        def counter(start=i):
            count = start
            def inc():
                nonlocal count
                count += 1
                return count
            return inc
        counters.append(counter())
    return counters
cs = make_counters(3)
print([c() for c in cs])
print([c() for c in cs])
print(cs[2](), cs[0]())
