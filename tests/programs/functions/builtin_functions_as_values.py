fns = [len, abs, str.upper, int, sorted]
args = ["hello", -3, "abc", "42", [3, 1, 2]]
for fn, arg in zip(fns, args):
    print(getattr(fn, "__name__"), fn(arg))
m = max
print(m(3, 7, 2), m("apple", "banana", key=len))
method = [].append
lst = method.__self__
method(1)
method(2)
print(lst, method.__name__)
upper = "x".upper
print(upper(), type(upper).__name__)
print(list(map(str.strip, [" a ", "b  "])))
print(list(map(pow, [2, 3], [3, 2])))
