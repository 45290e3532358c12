def f():
    ü = 3
    return ü + 12abc
