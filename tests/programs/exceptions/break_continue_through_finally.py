log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
def swallow_in_loop():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            if i < 2:
                continue
            break
    return out
print(swallow_in_loop())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("finally, count =", count)
print("final count", count)
