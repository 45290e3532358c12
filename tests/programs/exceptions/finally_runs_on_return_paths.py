trace = []
def f(path):
    try:
        if path == "return":
            return "returned"
        if path == "raise":
            raise ValueError("raised")
        trace.append("fell through")
    except ValueError:
        trace.append("handled")
        return "from handler"
    finally:
        trace.append(f"finally({path})")
    return "end"
for p in ("return", "raise", "normal"):
    print(p, "->", f(p))
print(trace)
def nested_finally():
    out = []
    for i in range(2):
        try:
            try:
                out.append(f"try{i}")
                if i:
                    return out
            finally:
                out.append(f"inner{i}")
        finally:
            out.append(f"outer{i}")
    return out
print(nested_finally())
