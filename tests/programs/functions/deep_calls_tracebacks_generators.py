import sys
sys.setrecursionlimit(60000)
def deep(n, acc):
    if n == 0:
        return acc
    x = [n]
    return deep(n - 1, acc + x[0])
print(deep(50000, 0))
def boom(n):
    local_value = n * 2
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)
try:
    boom(20000)
except ValueError as e:
    tb = e.__traceback__
    count = 0
    while tb.tb_next:
        tb = tb.tb_next
        count += 1
    print(count, tb.tb_frame.f_locals)
def gen(n):
    for i in range(n):
        yield deep(100, i)
print(sum(gen(1000)))
def mk():
    total = 0
    for k in range(3):
        g = (deep(50, j) for j in range(3))
        total += sum(g)
    return total
print(mk(), deep(10, 1))
