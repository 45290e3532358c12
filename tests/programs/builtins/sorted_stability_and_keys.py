records = [("bob", 3), ("ann", 1), ("cy", 3), ("dee", 2), ("al", 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_then_name = sorted(sorted(records), key=lambda r: r[1])
print(by_num_then_name)
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted([3, -1, -4, 2], key=abs), sorted([3, -1, -4, 2], key=abs, reverse=True))
print(sorted([[3, "c"], [1, "a"], [2, "b"]])[0], sorted("hello world".split(), key=len))
print(sorted([0.1, 1, -0.5, True, False]))
