import sys
default = sys.getrecursionlimit()
print("default limit", default)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(300)
print(sys.getrecursionlimit())
d = depth()
print(250 < d < 300)
sys.setrecursionlimit(5000)
d2 = depth()
print(4900 < d2 < 5000)
sys.setrecursionlimit(default)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
