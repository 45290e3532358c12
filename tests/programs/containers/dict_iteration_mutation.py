# mutating dicts (and sets) during iteration
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def add_during_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 100] = 0
t(add_during_keys)
def del_during_keys():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
t(del_during_keys)
def add_during_values():
    d = {1: 1}
    for v in d.values():
        d['new'] = v
t(add_during_values)
def add_during_items():
    d = {1: 1}
    for kv in d.items():
        d.setdefault('x', 0)
t(add_during_items)
def pop_during_iter():
    d = {1: 1, 2: 2}
    for k in d:
        d.pop(2, None)
t(pop_during_iter)

# modifying values of existing keys is allowed
def modify_values():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d[k] = k * 10
    return d
t(modify_values)

# delete + add keeps the size equal; the iterator still notices the keys changed
def del_then_add():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        if len(seen) > 5:
            break
        del d[k]
        d[k + 10] = 0
    return seen, d
t(del_then_add)

# error raised on next(), after the body completed
def which_iteration():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == 2:
                d[99] = 0
    except RuntimeError as ex:
        return seen, str(ex), len(d)
t(which_iteration)

# mutation on last element still raises
def add_on_last():
    d = {1: 1}
    seen = []
    try:
        for k in d:
            seen.append(k)
            d[2] = 2
    except RuntimeError as ex:
        return seen, str(ex)
t(add_on_last)

# sets
def set_add():
    s = {1, 2}
    for x in s:
        s.add(x + 100)
t(set_add)
def set_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(set_discard)
def set_discard_missing():
    s = {1, 2, 3}
    for x in s:
        s.discard(99)
    return s
t(set_discard_missing)

# next() on a dict iterator after size change
d = {1: 1}
it = iter(d)
d[2] = 2
t(lambda: next(it))
t(lambda: next(it))
d2 = {1: 1, 2: 2}
it2 = iter(d2)
t(lambda: next(it2))
d2.pop(2)
t(lambda: next(it2))
s = {1}
its = iter(s)
s.add(5)
t(lambda: next(its))
t(lambda: next(its))
# iterator over a view with size change
d3 = {1: 1}
itv = iter(d3.items())
d3[7] = 7
t(lambda: next(itv))
