try:
    raise ValueError("temp")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = "preexisting"
try:
    raise KeyError("x")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("deleted even if preexisting:", e)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return "exc" in locals()
print(f())
