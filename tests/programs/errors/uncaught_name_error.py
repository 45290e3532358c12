print("before the error")
def lookup():
    return undefined_variable + 1
lookup()
print("not reached")
