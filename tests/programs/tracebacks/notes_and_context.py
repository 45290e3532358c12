# stderr: full
def check(x):
    if x < 0:
        err = ValueError("negative")
        err.add_note(f"while checking {x}")
        raise err
try:
    check(-1)
except ValueError:
    raise RuntimeError("validation failed")
