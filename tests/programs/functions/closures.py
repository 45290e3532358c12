def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_accumulator()
print(acc(10), acc(5), acc(-3))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
print(make_multiplier.__closure__)
def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late_binding())
def counter():
    count = 0
    def get():
        return count
    def inc():
        nonlocal count
        count += 1
    return get, inc
get, inc = counter()
inc(); inc()
print(get())
