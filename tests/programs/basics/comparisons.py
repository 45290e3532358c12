print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print("apple" < "banana", "Apple" < "apple")
print(1 == 1.0, 1 == "1", None == None, None is None, [] == [], [] is [])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} > {1})
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(True == 1, False == 0, True > False, 0.5 < True)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
