class MyMap(dict):
    def get(self, key, default=None):
        print("get called for", key)
        return super().get(key, default)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match {1: "int key", "1": "str key"}:
    case {1: v1, "1": v2}:
        print(v1, "|", v2)
match {"x": None}:
    case {"x": None}:
        print("None value matches None")
match {"x": 0}:
    case {"y": _}:
        print("no")
    case {"x": 0 | 1 as bit}:
        print("bit", bit)
match MyMap(k=1):
    case {"k": v}:
        print("matched", v)
match [("a", 1)]:
    case {"a": 1}:
        print("a list is not a mapping")
    case _:
        print("list rejected by mapping pattern")
