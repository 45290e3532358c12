def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
def k():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(k())
def order():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
