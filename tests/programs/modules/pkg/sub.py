print("pkg.sub running, __package__ =", __package__)
def sub_function():
    return "pkg.sub.sub_function"
SUB_VALUE = 42
