# A for loop runs a generator's frame in its own evaluation loop; yields, returns, errors and every
# other way of driving the generator must behave as in CPython.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


print(sum(count(100)), list(count(3)))


def mixed():
    g = count(6)
    out = [next(g)]
    for x in g:
        out.append(x)
        if x == 2:
            out.append(next(g))
    return out


print(mixed())


def running():
    yield gen_object.gi_running
    yield sys._getframe().f_back.f_code.co_name


def driver():
    return [x for x in gen_object]


gen_object = running()
print(driver(), gen_object.gi_running, gen_object.gi_frame)


def reentrant():
    yield next(me)


me = reentrant()
try:
    for _ in me:
        pass
except ValueError as e:
    print("ValueError:", e)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    for x in stops():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def fails(n):
    yield from range(n)
    raise ValueError("from generator")


def loop():
    total = 0
    for x in fails(3):
        total += x
    return total


try:
    loop()
except ValueError:
    tb = sys.exc_info()[2]
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


def handled():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield f"caught {e}"
        finally:
            pass


print(list(handled()))


def nested(n):
    if n:
        for x in nested(n - 1):
            yield x + 1
    else:
        yield 0
        yield 100


print(list(nested(50))[:2])


g = count(4)
for x in g:
    if x == 1:
        break
print(next(g), list(g), g.gi_frame)


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


c = closing()
for x in c:
    break
c.close()
print(c.gi_frame)


def deep_gen(n):
    yield from deep_gen(n - 1) if n else iter([n])


try:
    for _ in deep_gen(5000):
        pass
except RecursionError as e:
    print("RecursionError:", e)
