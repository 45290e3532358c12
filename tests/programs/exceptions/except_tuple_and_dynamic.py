handlers = (KeyError, ZeroDivisionError)
for op in (lambda: {}["k"], lambda: 1 // 0, lambda: int("z")):
    try:
        op()
    except handlers as e:
        print("in tuple:", type(e).__name__)
    except Exception as e:
        print("fallback:", type(e).__name__)
def pick():
    return IndexError
try:
    [][1]
except pick() as e:
    print("dynamic class:", e)
try:
    try:
        1 / 0
    except "not a class":
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        [].pop()
    except ():
        print("empty tuple catches nothing")
except IndexError as e:
    print("escaped empty tuple:", e)
