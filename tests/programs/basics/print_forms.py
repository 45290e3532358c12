print("hello")
print("a", "b", "c")
print("a", "b", sep="-")
print("x", end="!\n")
print()
print(1, 2.5, None, True, [1, 2], (3,), {"k": 1})
print("no newline", end="")
print(" then newline")
print("sep none", "end none", sep=None, end=None)
print(*range(5), sep=", ")
print("", "", sep="|")
print("tab\tseparated")
import sys
print("to stdout", file=sys.stdout)
print("flush", flush=True)
try:
    print("x", sep=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
