def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call #{calls} of {fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.reset = lambda: print("reset not supported for closures")
    return wrapper
@counted
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4))
add.reset()
def trace_recursion(fn):
    depth = 0
    def wrapper(n):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}({n})")
        depth += 1
        try:
            return fn(n)
        finally:
            depth -= 1
    return wrapper
@trace_recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
