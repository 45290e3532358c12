a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
a, *b = [1]
print(a, b)
[u, v] = "xy"
print(u, v)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(type(e).__name__, e)
