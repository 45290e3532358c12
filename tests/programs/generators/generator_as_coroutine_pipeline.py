def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
@coroutine
def multiply(factor, target):
    try:
        while True:
            target.send((yield) * factor)
    finally:
        print("multiply closing")
sink = printer(">>")
pipe = multiply(3, filter_even(sink))
for i in range(5):
    pipe.send(i)
pipe.close()
