for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(i, j, end="; ")
    print()
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
table = []
for row in range(1, 4):
    table.append([row * col for col in range(1, 4)])
for row in table:
    print(" ".join(f"{v:2d}" for v in row))
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print("triples", count)
