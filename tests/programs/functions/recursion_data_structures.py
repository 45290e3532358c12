tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
def show(node, depth=0):
    name, children = node
    print("  " * depth + name)
    for child in children:
        show(child, depth + 1)
show(tree)
def count(node):
    return 1 + sum(count(c) for c in node[1])
def height(node):
    return 1 + max((height(c) for c in node[1]), default=0)
print(count(tree), height(tree))
def paths(node, prefix=()):
    name, children = node
    here = prefix + (name,)
    if not children:
        yield "/".join(here)
    for c in children:
        yield from paths(c, here)
print(list(paths(tree)))
def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]
print(permutations([1, 2, 3]))
