def f(x):
    try:
        value = int(x)
    except ValueError:
        return "parse error"
    else:
        return 100 // value
    finally:
        print("finally for", repr(x))
print(f("5"))
print(f("abc"))
try:
    f("0")
except ZeroDivisionError as e:
    print("else raised, not caught by the try's handlers:", e)
