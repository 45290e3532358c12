def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise LookupError("load failed") from e
def start(s):
    try:
        return load(s)
    except LookupError:
        raise RuntimeError("start failed")
try:
    start("bad")
except RuntimeError as e:
    links = []
    cur = e
    while cur:
        how = "cause" if cur.__cause__ else ("context" if cur.__context__ else "end")
        links.append(f"{type(cur).__name__}:{cur}:{how}")
        cur = cur.__cause__ or cur.__context__
    for link in links:
        print(link)
