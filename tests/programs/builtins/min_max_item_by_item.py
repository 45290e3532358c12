# min() and max() take the iterable item by item, as CPython does: a comparison or a key that raises stops the
# iteration there (the items after it are never asked for).
def gen():
    for i in range(5):
        print("yield", i)
        yield i if i != 3 else "x"
try:
    max(gen())
except TypeError as e:
    print("TypeError", e)
def keyf(v):
    print("key", v)
    if v == 2: raise ValueError("bad key")
    return -v
try:
    min(gen(), key=keyf)
except ValueError as e:
    print("ValueError", e)
print(max([3, 1, 2]), min(3, 1, 2), max([], default=7), min("b", "a", key=str.upper), max(range(10), key=lambda x: x % 4))
try: max([])
except ValueError as e: print(e)
