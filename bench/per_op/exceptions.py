# Nanoseconds per operation: an exception raised and caught in a loop four ways (f: a dict miss, g: a
# Python raise, h: a ZeroDivisionError from an operator, i: int() of a bad literal). Run under both and compare:
#   ./adder bench/per_op/exceptions.py; python3.11 bench/per_op/exceptions.py
import time
def f(n):
    d = {}
    c = 0
    for i in range(n):
        try:
            c += d[i]
        except KeyError:
            c += 1
    return c
def g(n):
    c = 0
    for i in range(n):
        try:
            raise ValueError
        except ValueError:
            c += 1
    return c
def h(n):
    c = 0
    for i in range(n):
        try:
            c += 1 // 0
        except ZeroDivisionError:
            c += 1
    return c
def i(n):
    c = 0
    for k in range(n):
        try:
            c += int("x")
        except ValueError:
            c += 1
    return c
for fn in (f, g, h, i):
    t = time.perf_counter(); fn(200000); print(fn.__name__, round((time.perf_counter() - t) / 200000 * 1e9), "ns per iteration")
