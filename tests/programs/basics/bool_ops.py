print(True and False, True or False, not True, not 0, not "")
print(0 or 5, 3 and 4, 0 and 5, "" or "default", None or [] or "last")
print([] and 1, [0] and 1, 0.0 or 0, "a" and "b" and "c")
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(2) or side(3))
print(side(None) or side(0) or side("z"))
print(not not 5, type(not 5).__name__)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([[]]), bool(None))
print(bool(0.0), bool(0j), bool({}), bool(set()), bool(range(0)), bool(range(1)))
