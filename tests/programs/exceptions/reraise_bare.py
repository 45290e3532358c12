def process():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    process()
except ValueError as e:
    print("caught again:", e)
def reraise_after_handling():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_after_handling()
except ZeroDivisionError as e:
    print("re-raised saved:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    nested_reraise()
except KeyError as e:
    print("outer restored:", e)
