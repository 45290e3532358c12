# An if whose body ends in a nested if without else that returns: falling through the inner test must
# continue after the whole statement (not in the outer else, not off the end of the function)


def nested(a, b):
    if a:
        if b:
            return "A"
    else:
        return "B"
    return "C"


def elif_nested(a, b, c):
    if a:
        return "a"
    elif b:
        if c:
            return "bc"
    else:
        return "else"
    return "after"


def no_tail(a):
    if a:
        return 1


def loop_tail(n):
    for i in range(n):
        if i == 3:
            return i
    else:
        if n:
            return "done"


def while_else(a):
    while a:
        if a > 5:
            return a
        a -= 1
    else:
        if a == 0:
            return "zero"


def try_tail(x):
    try:
        if x:
            return "x"
    finally:
        pass


def with_lambda(flag):
    f = (lambda: 1) if flag else None
    if f:
        if flag > 1:
            return "big"
    elif flag == 0:
        return "zero"
    return "small" if f else "none"


print([nested(a, b) for a in (0, 1) for b in (0, 1)])
print([elif_nested(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)])
print(no_tail(0), no_tail(1), loop_tail(2), loop_tail(0), loop_tail(5), while_else(3), while_else(7), while_else(0))
print(try_tail(0), try_tail(1), [with_lambda(f) for f in (0, 1, 2)])
