def attempt(x):
    try:
        result = 10 / x
    except ZeroDivisionError as e:
        print("except:", type(e).__name__, e)
        return "error"
    else:
        print("else: no exception, result", result)
        return "ok"
    finally:
        print("finally for", x)
print(attempt(2))
print(attempt(0))
try:
    pass
except Exception:
    print("never")
else:
    print("else after empty try")
finally:
    print("finally after empty try")
