results = []
for item in [4, 0, "x", 2]:
    try:
        value = 8 // item
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
    else:
        results.append(value)
        continue
    finally:
        results.append("|")
    results.append("after-error")
print(results)
