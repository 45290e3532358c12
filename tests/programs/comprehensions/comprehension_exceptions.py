try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [undefined for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def safe_parse(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            out.append(None)
    return out
print(safe_parse(["1", "x", "3"]))
print([int(s) for s in ["1", "2"] if s.isdigit()])
