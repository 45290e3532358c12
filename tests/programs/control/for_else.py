def find(seq, target):
    for i, item in enumerate(seq):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, "is prime")
for x in []:
    pass
else:
    print("empty for runs else")
