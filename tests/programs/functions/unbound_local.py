count = 10
def broken():
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_var_unbound():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    w = 1
print(free_var_unbound())
print(issubclass(UnboundLocalError, NameError))
