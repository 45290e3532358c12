def f(i):
    return i
t = 0
for i in range(1000000):
    t += f(i)
print(t)
