# stderr: full
# Property getters run as frames of the caller's loop once their LOAD_ATTR is specialized; changed
# classes, replaced getters, getters that take other arguments, hooks and errors must behave as in CPython.


class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def norm1(self):
        return abs(self._x) + abs(self._y)


class Shifted(Point):
    @property
    def x(self):
        return self._x + 100


def read_x(p):
    return p.x


def read_norm(p):
    return p.norm1


pts = [Point(i, -i) for i in range(60)]
print(sum(read_x(p) for p in pts), sum(read_norm(p) for p in pts))
# Another class at the warmed-up site, then the first again.
print(read_x(Shifted(1, 2)), read_x(Point(3, 4)))


class WithDefault:
    @property
    def v(self, scale=2):
        return 21 * scale


def read_v(o):
    return o.v


print([read_v(WithDefault()) for _ in range(60)][-1])


class Hooked:
    def __getattr__(self, name):
        return "fallback " + name

    @property
    def missing(self):
        raise AttributeError("inner")


def read_missing(o):
    return o.missing


print([read_missing(Hooked()) for _ in range(60)][-1])


class Replaced:
    def __init__(self):
        self.n = 5

    @property
    def value(self):
        return self.n


def read_value(o):
    return o.value


r = Replaced()
print([read_value(r) for _ in range(60)][-1])
Replaced.value.__init__(lambda self: self.n * 1000)
print(read_value(r))
Replaced.value = property(lambda self: -self.n)
print(read_value(r))
del Replaced.value
try:
    read_value(r)
except AttributeError as e:
    print("AttributeError", e)


class Deep:
    @property
    def down(self):
        return self.down


try:
    Deep().down
except RecursionError as e:
    print("RecursionError", e)


class IntLike(int):
    @property
    def doubled(self):
        return self * 2


def read_doubled(i):
    return i.doubled


print([read_doubled(IntLike(k)) for k in range(60)][-1])


class NoGetter:
    prop = property(None, lambda self, v: None)


try:
    NoGetter().prop
except AttributeError as e:
    print("AttributeError", e)


class Broken:
    @property
    def bad(self):
        return 1 / 0


def read_bad(o):
    return o.bad


for _ in range(60):
    try:
        read_bad(Broken())
    except ZeroDivisionError:
        pass
read_bad(Broken())
