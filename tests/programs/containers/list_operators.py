# list +, *, +=, *= and comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
t(lambda: a + [3])
t(lambda: a + [])
t(lambda: [] + [])
t(lambda: a + (3,))
t(lambda: a + 'x')
t(lambda: a + None)
t(lambda: a + range(2))
t(lambda: (3,) + a)
t(lambda: a * 3)
t(lambda: 3 * a)
t(lambda: a * 0)
t(lambda: a * -1)
t(lambda: a * -10**30)
t(lambda: a * True)
t(lambda: a * 2.0)
t(lambda: a * '2')
t(lambda: a * a)
t(lambda: [] * 10**30)
t(lambda: a * 10**30)
t(lambda: [[0]] * 2)
n = [[0]] * 3
n[0].append(1)
print(n)

# += extends with any iterable, keeps identity
b = [1]
alias = b
b += (2, 3)
b += 'ab'
b += range(2)
b += {9: 0}
print(b, b is alias)
def iadd(x, y):
    x += y
    return x
t(lambda: iadd([1], 5))
t(lambda: iadd([1], None))
c = [1, 2]
c += c
print(c)

# *= keeps identity
d = [1, 2]
alias = d
d *= 2
print(d, d is alias)
d *= 0
print(d, d is alias)
d = [1, 2]
d *= -5
print(d)
def imul(x, y):
    x *= y
    return x
t(lambda: imul([1], 2.5))
t(lambda: imul([1], 'a'))
t(lambda: imul([1], 10**30))
t(lambda: imul([], 10**30))

# comparisons
t(lambda: [1, 2] == [1, 2])
t(lambda: [1, 2] == (1, 2))
t(lambda: [1, 2] != (1, 2))
t(lambda: [1, 2] < [1, 3])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [] < [0])
t(lambda: [2] > [1, 9, 9])
t(lambda: [1, 2] <= [1, 2])
t(lambda: [1, 2] >= [1, 2])
t(lambda: [1, 'a'] < [2, 1])
t(lambda: [1, 'a'] < [1, 1])
t(lambda: [1, 'a'] == [1, 1])
t(lambda: [1] < (1,))
t(lambda: [1] > 'a')
t(lambda: [1] <= None)
t(lambda: [1] >= 0)
t(lambda: [1.0, 2] == [1, 2.0])
t(lambda: [float('nan')] == [float('nan')])
nan = float('nan')
t(lambda: [nan] == [nan])
t(lambda: [nan] < [nan])
t(lambda: [[1, [2]]] == [[1, [2]]])
t(lambda: [[1, [2]]] < [[1, [3]]])
t(lambda: [0, 0] < [0, -0.0, 1])
