def render(node):
    match node:
        case {"tag": str(tag), "children": list(children)}:
            inner = "".join(render(c) for c in children)
            return f"<{tag}>{inner}</{tag}>"
        case {"tag": str(tag)}:
            return f"<{tag}/>"
        case str(text):
            return text
        case int() | float() as number:
            return str(number)
        case [*items]:
            return "".join(render(i) for i in items)
        case None:
            return ""
        case _:
            raise TypeError(f"cannot render {type(node).__name__}")
doc = {"tag": "p", "children": ["Hello ", {"tag": "b", "children": ["world"]}, " ", 42, {"tag": "br"}, None]}
print(render(doc))
print(render(["a", 1.5, ["b"]]))
try:
    render({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
