# [0] * 10**12 asks for 8 TB at once: CPython's allocation fails (the kernel refuses it under
# vm.overcommit_memory 0 or 2, the usual settings) and raises MemoryError, which is caught here.
try:
    big = [0] * 10 ** 12
except MemoryError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    s = "x" * (2 ** 62)
except MemoryError as e:
    print("string:", type(e).__name__)
try:
    n = [0] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("huge:", type(e).__name__, e)
print("still running")
