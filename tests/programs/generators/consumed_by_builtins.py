# sum() and str.join() consuming a generator: the interpreter runs the generator in its own loop and feeds
# the builtin; values the fast paths do not take (other types, overflow) hand over to the builtin's own
# loop with the generator suspended, and errors surface where CPython raises them.
import sys

print(sum(x * 2 for x in range(100)), sum(x for x in range(10)) + sum((x for x in range(5)), 100))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [1, 2 ** 70, 3]), sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62]))
print(sum(x for x in [1.5, 2, True]), sum((x for x in []), 10), sum((x for x in [1]), 0.5), sum(x for x in [True, True]))
print(sum((x for x in [0.1] * 10)), sum((x for x in [1, 2]), -2 ** 63), sum((x for x in [-1]), -2 ** 63))
print(sum(x for x in [1e308, 1e308]), sum(x for x in [2.0, 2 ** 60]), sum((x for x in [[1], [2]]), []))
print(",".join(str(i) for i in range(5)), "".join(c for c in "abc"), repr("-".join(x for x in [])))


class Loud(str):
    pass


print("+".join(x for x in [Loud("a"), "b"]), Loud("|").join(x for x in "xy"))
for bad in ([1, "a", 2], [1.5, None], [2 ** 65, "s"]):
    try:
        print(sum(x for x in bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(",".join(x for x in ["a", 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum(x for x in [1.0, 2 ** 2000]))
except OverflowError as e:
    print("OverflowError:", e)


class Vec:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Vec(other + self.v)

    def __add__(self, other):
        return Vec(self.v + (other.v if isinstance(other, Vec) else other))


print(sum(x for x in [1, Vec(2), 3]).v, sum(Vec(i) for i in range(4)).v)


def numbers():
    yield 1
    yield 2
    raise ValueError("inside the generator")


try:
    sum(numbers())
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

gen = (x for x in range(3))
print(sum(gen), list(gen), sum(gen))


def who_calls():
    yield sys._getframe().f_back.f_code.co_name
    yield "next"


print(",".join(who_calls()), ",".join(str(x) for x in who_calls()))


def state_while_summing():
    yield 1
    yield len(gi_states)


gi_states = []
g = state_while_summing()


class Probe(int):
    def __radd__(self, other):
        gi_states.append(g.gi_running)
        return other + int(self)


def probing():
    yield 1
    yield Probe(5)
    yield 2


print(sum(probing()), gi_states)


def returns_value():
    yield 3
    return "ignored"


print(sum(returns_value()), "".join(str(v) for v in returns_value()))


def recursive(n):
    if n:
        yield sum(recursive(n - 1)) + 1
    yield n


print(sum(recursive(5)))


def reentrant():
    yield 1
    yield sum(it)


it = reentrant()
try:
    sum(it)
except ValueError as e:
    print("ValueError:", e)


# any() and all() fed by a generator: the deciding item stops the generator where CPython's would stop.
def noisy(values, log):
    for v in values:
        log.append(v)
        yield v


for values in [[], [0, 0], [0, 1, 2], [1, 0, 3], [None, "", 0.0, "x"], [2 ** 70, 0], [0, [], [1]], [[], 0]]:
    log_any, log_all = [], []
    print(any(noisy(values, log_any)), log_any, all(noisy(values, log_all)), log_all)


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("__bool__", self.value)
        return self.value


print(any(x for x in [0, Truthy(False), 0, Truthy(True), 5]), all(x for x in [1, Truthy(True), Truthy(False), 1]))
g = (x for x in [0, 1, 2, 3])
print(any(g), list(g))
g = (x for x in [1, 0, 2])
print(all(g), list(g))


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


try:
    any(x for x in [0, Bad(), 1])
except ValueError as e:
    print("ValueError:", e)


# list() and tuple() of a generator: collected inside the loop.
def squares(n):
    for i in range(n):
        yield i * i


for _ in range(3):
    print(list(squares(5)), tuple(squares(4)), list(x for x in "ab"), tuple(x for x in []) is tuple(), list(squares(0)))
print(list(list(squares(k)) for k in range(4)), tuple(tuple(squares(k)) for k in range(3)))


def failing():
    yield 1
    raise KeyError("in the generator")


for make in (list, tuple):
    try:
        make(failing())
    except KeyError as e:
        print(make.__name__, "KeyError:", e)
