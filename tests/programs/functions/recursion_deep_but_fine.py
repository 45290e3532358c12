import sys
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))
def depth_of(nested):
    return 1 + max((depth_of(x) for x in nested), default=0) if isinstance(nested, list) else 0
deep = []
cur = deep
for _ in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(depth_of(deep))
sys.setrecursionlimit(3000)
print(sum_to(2500))
def ping(n):
    return "done" if n == 0 else pong(n - 1)
def pong(n):
    return "done" if n == 0 else ping(n - 1)
print(ping(2000))
