errors = [ValueError("v"), TypeError("t"), KeyError("k")]
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
def classify(exc):
    if isinstance(exc, LookupError):
        return "lookup"
    if isinstance(exc, (ValueError, TypeError)):
        return "input"
    return "other"
print([classify(e) for e in errors + [OSError()]])
results = []
for e in errors:
    try:
        raise e
    except Exception as caught:
        results.append(caught is e)
print(results)
print(ValueError("a") == ValueError("a"), ValueError.__name__, ValueError.__module__)
print(type(ValueError), isinstance(ValueError, type))
