def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, item in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [item] + rest
print(list(permutations("abc")))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def binary(n, prefix=""):
    if n == 0:
        yield prefix
    else:
        yield from binary(n - 1, prefix + "0")
        yield from binary(n - 1, prefix + "1")
print(list(binary(3)))
