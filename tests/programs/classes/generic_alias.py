class L(list): pass
class Mine: pass
print(L[int], list[Mine], dict[str, tuple[int, ...]], tuple[()], type[int], list[int] == list[int] if False else "-")
print(list[int]("ab"))
