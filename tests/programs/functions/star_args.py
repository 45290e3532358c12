def total(*nums):
    return sum(nums), type(nums).__name__, len(nums)
print(total(), total(1), total(1, 2, 3))
values = [4, 5, 6]
print(total(*values), total(*values, 7, *range(2)))
def show(a, b, c):
    return f"a={a} b={b} c={c}"
print(show(*"xyz"), show(1, *[2, 3]), show(*(1, 2), c=3))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(*range(5)))
try:
    show(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__, e)
