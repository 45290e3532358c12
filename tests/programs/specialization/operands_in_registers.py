# Loads followed by specialized arithmetic or comparisons hand the right operand over without pushing it;
# when the guard fails (the types changed after specialization), the operand must be back on the stack
# for the generic instruction, and errors must name the right operation.


def add_const(x):
    return x + 1


def sub_locals(x, y):
    z = x - y
    return z


def mul_then_store(values):
    total = 0
    for v in values:
        total = total + v * 3
    return total


def less_than(a, b):
    if a < b:
        return "less"
    return "not less"


def below_limit(x):
    if x < 10:
        return True
    return False


def float_ops(x, y):
    return x * y + x - y


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __lt__(self, other):
        return self.cents < (other.cents if isinstance(other, Money) else other)

    def __repr__(self):
        return f"Money({self.cents})"


for _ in range(3):
    for i in range(200):
        add_const(i)
        sub_locals(i, 3)
        less_than(i, 100)
        below_limit(i)
        float_ops(1.5 * i, 0.5)
    print(mul_then_store(range(50)))

# After specialization on ints: other types take the generic path with both operands.
print(add_const(2.5), add_const(2 ** 70), add_const(True), add_const(Money(5)))
print(sub_locals(10.0, 3), sub_locals(2 ** 80, 1), sub_locals({1, 2}, {2}))
print(mul_then_store([1.5, 2.5]), mul_then_store(["a", "b"][:0]), mul_then_store([2 ** 65]))
print(less_than(1, 2.5), less_than(2 ** 70, 3), less_than("a", "b"), less_than(Money(1), Money(2)), less_than(Money(3), 2))
print(below_limit(9.5), below_limit(2 ** 64), below_limit(Money(4)))
print(float_ops(2, 3), float_ops(2.0, 3), float_ops(1e308, 10.0))

for args in [("a",), (None,), ([1],)]:
    try:
        add_const(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [("a", 1), (None, None), ([1], 2)]:
    try:
        sub_locals(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, "a"), (None, 1), ([1], 2)]:
    try:
        less_than(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    mul_then_store([1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    below_limit("9")
except TypeError as e:
    print("TypeError:", e)
try:
    float_ops(1.0, "y")
except TypeError as e:
    print("TypeError:", e)


# self.x after LOAD_FAST: the object is handed over in a register; on a miss it goes back on the stack.
class Point:
    def __init__(self, x):
        self.x = x


class Other:
    x = "class attribute"


def get_x(p):
    return p.x


points = [Point(i) for i in range(100)]
print(sum(get_x(p) for p in points))
print(get_x(Other()), get_x(Point("again")))
gone = Point(1)
del gone.x
for obj in [gone, 5, None]:
    try:
        get_x(obj)
    except AttributeError as e:
        print("AttributeError:", e)


# self.x = value after LOAD_FAST / LOAD_FAST__LOAD_FAST / LOAD_CONST__LOAD_FAST: the object in a register;
# on a miss (another class, a property) it goes back on the stack for the generic STORE_ATTR.
class Holder:
    def __init__(self):
        self.value = None


class Guarded:
    @property
    def value(self):
        return "read only"


def set_const(o):
    o.value = 7
    return o.value


def set_local(o, v):
    o.value = v
    return o.value


holders = [Holder() for _ in range(100)]
print(sum(set_const(h) for h in holders), sum(set_local(h, 2) for h in holders))
for obj in [Guarded(), 5]:
    for fn in (lambda o: set_const(o), lambda o: set_local(o, 1)):
        try:
            fn(obj)
        except AttributeError as e:
            print("AttributeError:", e)
