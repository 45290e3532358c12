def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    return "late"
print(none_implicit(), none_explicit(), multiple(), early(1), early(0))
a, b, c = multiple()
print(a, b, c)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def return_in_loop():
    for i in range(100):
        if i * i > 50:
            return i
print(return_in_loop())
def return_dict():
    return {"k": [1, 2]}
print(return_dict()["k"][1])
