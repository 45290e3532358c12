# stderr: full
def fail(n):
    raise ValueError(f"bad {n}")
errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [TypeError("t")])
raise ExceptionGroup("several", errors + [inner])
