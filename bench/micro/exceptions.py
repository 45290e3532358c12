def f(i):
    if i % 2: raise ValueError(i)
    return i
t = 0
for i in range(200000):
    try:
        t += f(i)
    except ValueError as e:
        t -= 1
print(t)
