# dict view reprs, reversed(dict) and reversed views, view type names, len/iter
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'b': 1, 'a': [2], 3: (3,), None: None}
print(d.keys())
print(d.values())
print(d.items())
print(repr(d.keys()), str(d.values()))
print({}.keys(), {}.values(), {}.items())
print({'\U0001F600': '𝔘'}.items())
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)

# recursive values in view reprs
r = {}
r['self'] = r
print(r.values())
print(r.items())
print(r.keys())
lst = [1]
r2 = {'l': lst}
lst.append(r2.values())
print(r2)

# reversed dict and views
t(lambda: list(reversed(d)))
t(lambda: list(reversed(d.keys())))
t(lambda: list(reversed(d.values())))
t(lambda: list(reversed(d.items())))
t(lambda: list(reversed({})))
t(lambda: type(reversed(d)).__name__)
t(lambda: type(reversed(d.keys())).__name__)
t(lambda: type(reversed(d.values())).__name__)
t(lambda: type(reversed(d.items())).__name__)
t(lambda: type(iter(d)).__name__)
t(lambda: type(iter(d.keys())).__name__)
t(lambda: type(iter(d.values())).__name__)
t(lambda: type(iter(d.items())).__name__)
rv = reversed(d)
t(lambda: rv.__length_hint__())
t(lambda: next(rv))
t(lambda: rv.__length_hint__())
t(lambda: list(rv))
t(lambda: next(rv))

# reversed after deletes and re-inserts
e = dict.fromkeys(range(6))
del e[2]
e[2] = 'again'
del e[0]
t(lambda: list(e))
t(lambda: list(reversed(e)))
t(lambda: list(reversed(e.items())))

# mutation during reversed iteration
f = {1: 1, 2: 2}
def mut():
    out = []
    for k in reversed(f):
        out.append(k)
        f[k + 10] = 0
    return out
t(mut)

# views: len, in, iter, bool, mapping attribute
g = {1: 'x', 2: 'y'}
kv = g.keys()
t(lambda: len(kv))
t(lambda: bool({}.keys()))
t(lambda: bool(kv))
t(lambda: 1 in kv)
t(lambda: 'x' in kv)
t(lambda: [] in kv)
t(lambda: 'x' in g.values())
t(lambda: list(iter(g.items())))
t(lambda: kv.mapping)
t(lambda: kv.mapping is g)
t(lambda: g.values().mapping == g)
t(lambda: type(g.items().mapping).__name__)
t(lambda: hash(kv))
t(lambda: kv[0])
t(lambda: g.keys() == g.keys())
t(lambda: list(zip(g.keys(), g.values())) == list(g.items()))
t(lambda: d.keys().__reversed__ is not None)
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
