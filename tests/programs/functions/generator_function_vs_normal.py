def normal():
    return [1, 2, 3]
def gen():
    yield 1
    yield 2
    yield 3
print(type(normal()).__name__, type(gen()).__name__)
print(normal(), list(gen()))
def maybe_gen(flag):
    if flag:
        return "not a generator?"
    yield "it is a generator"
g = maybe_gen(True)
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(maybe_gen(False)))
CO_GENERATOR = 0x20
print(bool(gen.__code__.co_flags & CO_GENERATOR), bool(normal.__code__.co_flags & CO_GENERATOR))
