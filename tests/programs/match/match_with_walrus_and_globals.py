counter = 0
def bump(x):
    global counter
    match x:
        case int(n) if (counter := counter + n) > 5:
            return f"over five: {counter}"
        case int():
            return f"total {counter}"
print([bump(v) for v in [1, 2, 3, 4]], counter)
def inner():
    match 10:
        case captured:
            pass
    return captured
print(inner())
