# stderr: full
# Specialized list/tuple/str subscripts: negative indexes, and an index out of range raising IndexError
# (in Python code, without a .NET exception), caught or not, after the site has specialized.


def at(seq, i):
    return seq[i]


items = [10, 20, 30]
pair = ("a", "b")
text = "héllo"
print(sum(at(items, i % 3) for i in range(100)), [at(items, -k) for k in (1, 2, 3)])
print([at(pair, -1) for _ in range(60)][-1], at(text, 1), at(text, -1))
caught = 0
for i in range(100):
    try:
        at(items, 3 + i % 2)
    except IndexError as e:
        caught += 1
        last = e
print(caught, last)
for seq in (pair, text, [], ()):
    try:
        at(seq, -10)
    except IndexError as e:
        print(type(seq).__name__, e)
print(at(items, True), at([1, 2], 2**0))
try:
    at(items, 2**70)
except IndexError as e:
    print("big", e)
at(items, 7)
