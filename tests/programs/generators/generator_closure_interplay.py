def make_gens():
    gens = []
    for i in range(3):
        def gen(i=i):
            for j in range(i):
                yield (i, j)
        gens.append(gen())
    return gens
print([list(g) for g in make_gens()])
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def values():
        while count < 3:
            yield count
            bump()
    return values()
print(list(counter()))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
