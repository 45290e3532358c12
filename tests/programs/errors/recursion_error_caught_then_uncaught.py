import sys
def deep(n):
    return deep(n + 1) if n >= 0 else n
try:
    deep(0)
except RecursionError as e:
    print("first time caught:", e)
sys.setrecursionlimit(200)
print("lower limit:", sys.getrecursionlimit())
def build(n):
    return [build(n + 1)]
build(0)
