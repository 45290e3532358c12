def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("world"), greet.__name__)
import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("returned", result)
        return result
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def first(f):
    print("applying first")
    return lambda: "first(" + f() + ")"
def second(f):
    print("applying second")
    return lambda: "second(" + f() + ")"
@first
@second
def base():
    return "base"
print(base())
