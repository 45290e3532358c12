a = 256
b = 256
print(a == b)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2)
t1 = ()
t2 = ()
print(t1 is t2, t1 == t2)
x = [1, 2, 3]
y = x[:]
print(x == y, x is y)
print(None is None, True is (1 == 1), False is (1 == 2))
print(type(1) is int, type(True) is bool, isinstance(True, int))
n = 10 ** 30
m = n
print(m is n)
