# set/frozenset operators: | & - ^ <= < >= > == != and augmented forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
t(lambda: a | b)
t(lambda: a & b)
t(lambda: a - b)
t(lambda: b - a)
t(lambda: a ^ b)
t(lambda: a | set())
t(lambda: a & set())
t(lambda: set() - a)
t(lambda: a ^ a)
t(lambda: a | [5])
t(lambda: a & (1,))
t(lambda: a - range(3))
t(lambda: a ^ frozenset({1}))
t(lambda: a | {5: 0}.keys())
t(lambda: a | 5)
t(lambda: a & None)
t(lambda: a + b)
t(lambda: a * 2)

# comparisons: subset/superset semantics
t(lambda: {1, 2} <= {1, 2, 3})
t(lambda: {1, 2} < {1, 2, 3})
t(lambda: {1, 2} < {1, 2})
t(lambda: {1, 2} <= {1, 2})
t(lambda: {1, 2, 3} >= {1})
t(lambda: {1, 2, 3} > {1, 2, 3})
t(lambda: {1, 4} < {1, 2, 3})
t(lambda: {1, 4} > {1, 2, 3})
t(lambda: set() < {0})
t(lambda: set() <= set())
t(lambda: {1, 2} == {2, 1})
t(lambda: {1, 2} != {2, 1})
t(lambda: {1, 2} == frozenset({1, 2}))
t(lambda: frozenset({1}) < {1, 2})
t(lambda: {1, 2} == [1, 2])
t(lambda: {1} < [1, 2])
t(lambda: {1} >= (1,))
t(lambda: {1} <= None)
t(lambda: {1} > 1)
t(lambda: {1, 2.0} == {1.0, 2})
t(lambda: {True} == {1})

# augmented assignment keeps identity for set, not for frozenset
s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 9}
s -= {9}
s ^= {4, 1}
print(s, s is alias)
def aug(op, x, y):
    if op == '|': x |= y
    elif op == '&': x &= y
    elif op == '-': x -= y
    else: x ^= y
    return x
t(lambda: aug('|', {1}, [2]))
t(lambda: aug('&', {1}, (1,)))
t(lambda: aug('-', {1}, range(1)))
t(lambda: aug('^', {1}, 'a'))
t(lambda: aug('|', {1}, frozenset({2})))
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, g)
f -= {1}
print(f, type(f).__name__)
x = {1, 2}
x -= x
print(x)
y = {1, 2}
y ^= y
print(y)
z = {1, 2}
z &= z
print(z)
z |= z
print(z)

# operator dunders with non-sets return NotImplemented
t(lambda: {1}.__or__([2]))
t(lambda: {1}.__and__([2]))
t(lambda: {1}.__sub__((1,)))
t(lambda: {1}.__xor__(range(2)))
t(lambda: {1}.__le__([1]))
t(lambda: {1}.__eq__([1]))
t(lambda: {1}.__ror__({2}))
