try:
    try:
        raise ValueError("original")
    except ValueError as e:
        print("handling", e)
        undefined_function()
except NameError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
    finally:
        print("finally before propagation")
except KeyError as e:
    print("propagated", repr(e))
try:
    try:
        raise OSError("first")
    except KeyError:
        print("no")
    else:
        print("no")
    finally:
        print("finally with exception pending")
except OSError as e:
    print("got", e)
