# Frames are reused after calls return; whatever can still see a frame (frame objects, tracebacks,
# generators) must keep seeing the right one.
import sys


def capture(depth):
    if depth:
        return capture(depth - 1)
    return sys._getframe()


def busy(n):
    return n if n < 2 else busy(n - 1) + busy(n - 2)


frame = capture(3)
busy(15)  # many calls after the captured frames returned
names = []
f = frame
while f is not None:
    names.append((f.f_code.co_name, f.f_lineno, sorted(f.f_locals)))
    f = f.f_back
print(names)


def fail(n):
    local_value = n * 2
    if n == 0:
        raise KeyError("deep")
    return fail(n - 1)


try:
    fail(4)
except KeyError as e:
    saved = e
busy(15)
tb = saved.__traceback__
while tb is not None:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals.get("local_value"))
    tb = tb.tb_next


def gen(k):
    for i in range(k):
        yield sys._getframe().f_back.f_code.co_name, i


def consume():
    return list(gen(3))


g = gen(2)
print(next(g))
busy(12)
print(consume(), next(g), g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)


class Box:
    def __init__(self, v):
        self.v = v
        self.where = sys._getframe(1).f_code.co_name


def build():
    return [Box(i) for i in range(3)]


boxes = build()
busy(10)
print([(b.v, b.where) for b in boxes])
