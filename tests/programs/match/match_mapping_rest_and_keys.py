config = {"host": "localhost", "port": 8080, "debug": True, "workers": 4}
match config:
    case {"host": str(host), "port": int(port), **others}:
        print(host, port, sorted(others.items()))
KEY = "port"
class K:
    PORT = "port"
match config:
    case {K.PORT: p}:
        print("dotted key", p)
match {"a": {"b": {"c": 42}}}:
    case {"a": {"b": {"c": value}}}:
        print("deep", value)
match {"n": [1, 2]}:
    case {"n": [x, *_]}:
        print("first", x)
