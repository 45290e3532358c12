try:
    value = input()
except EOFError as e:
    print("EOFError with stdin at end:", type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("after prompt:", type(e).__name__, e)
import sys
print(sys.stdin.read(), repr(sys.stdin.readline()))
