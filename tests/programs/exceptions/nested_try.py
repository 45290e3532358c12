def level(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        return level(n - 1)
    finally:
        print("unwinding", n)
try:
    level(3)
except KeyError as e:
    print("caught", e)
try:
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("middle caught", e)
        raise RuntimeError("from middle")
    finally:
        print("middle finally")
except RuntimeError as e:
    print("outer caught", e, "| context:", e.__context__)
