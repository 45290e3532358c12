def f():
    try:
        return 1
    finally:
        raise OSError("raised in finally")
print("calling f")
f()
