class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"
print(Box[int], Box["str"], Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]))
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
