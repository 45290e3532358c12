def noisy(n):
    print("produce", n)
    return n
lst = [noisy(i) for i in range(3)]
print("list built")
gen = (noisy(i) for i in range(3))
print("generator built")
print(next(gen))
print(list(gen))
print(sum(noisy(i) for i in range(2)))
print(type([x for x in ()]).__name__, type((x for x in ())).__name__)
