a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
queue = ["x", "y"]
visited = []
while queue and len(visited) < 5:
    node = queue.pop(0)
    visited.append(node)
    if node == "x":
        queue.append("z")
print(visited)
n = 100
digits = []
while n:
    n, r = divmod(n, 7)
    digits.append(r)
print("base7", "".join(map(str, reversed(digits))))
