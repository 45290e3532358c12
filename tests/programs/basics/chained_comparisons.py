x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
calls = []
def f(n):
    calls.append(n)
    return n
print(f(1) < f(2) < f(0) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(5))
print(calls)
three = 3
print(1 < 2 == 2 != three is not None)
a = [1]
b = a
print(a is b is a, a is b is not None, 1 in [1] in [[1]])
print(0 <= x <= 10 and x % 2 == 1)
