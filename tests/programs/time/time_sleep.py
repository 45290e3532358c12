import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print("slept at least 0.04 s:", elapsed >= 0.04)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
