def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    if kind == "custom":
        raise RuntimeError("custom failure")
    return "fine"
for kind in ["key", "index", "type", "value", "custom", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup error:", type(e).__name__, e)
    except TypeError as e:
        print("type error:", e)
    except ValueError:
        print("value error (unnamed)")
    except Exception as e:
        print("other:", type(e).__name__, e)
