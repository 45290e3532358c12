def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
class Point:
    x: int
    y: int = 0
    label: "str"
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def g(v: undefined_type_name if False else int) -> None:
    pass
print(g.__annotations__)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
