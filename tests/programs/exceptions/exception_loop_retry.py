attempts = {"n": 0}
def flaky():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return "connected"
for attempt in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("success:", result, "on attempt", attempt + 1)
        break
else:
    print("gave up")
print(issubclass(ConnectionError, OSError), issubclass(TimeoutError, OSError))
