def work(i):
    if i % 3 == 0:
        raise ValueError(f"value {i}")
    if i % 3 == 1:
        raise TypeError(f"type {i}")
    return i
errors = []
results = []
for i in range(6):
    try:
        results.append(work(i))
    except Exception as e:
        errors.append(e)
print(results)
try:
    raise ExceptionGroup("collected", errors)
except* ValueError as g:
    print("values:", sorted(str(e) for e in g.exceptions))
except* TypeError as g:
    print("types:", sorted(str(e) for e in g.exceptions))
eg = ExceptionGroup("x", [ValueError(1)])
print(eg.derive([KeyError(2)]).message, repr(eg.derive([KeyError(2)])))
print(str(ExceptionGroup("msg", [ValueError(1), ValueError(2)])))
print(str(ExceptionGroup("one", [ValueError(1)])))
