results = []
for value in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(value))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("f")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print("finally", i)
print("done at", i)
