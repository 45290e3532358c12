lst = [3, 1, 4, 1, 5, 9, 2, 6]
print(lst, len(lst), lst[2], lst[-2], lst[2:5], lst[::3])
lst.append(7)
lst.insert(0, 0)
lst.extend([8, 8])
print(lst)
print(lst.pop(), lst.pop(0), lst.index(4), lst.count(1))
lst.remove(1)
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
copy = lst.copy()
lst.clear()
print(lst, copy)
print([1, 2] + [3], [0] * 3, [[]] * 2, list("abc"), list(range(3)))
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
