# set mutators: add, discard, remove, pop, clear, copy, update family
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = set()
t(lambda: s.add(1))
t(lambda: s.add(1))
t(lambda: s.add(1.0))
t(lambda: s.add(True))
t(lambda: s.add(2))
t(lambda: s.add((3, 4)))
t(lambda: s.add(frozenset({5})))
t(lambda: s.add([1]))
t(lambda: s.add({1}))
t(lambda: s.add({}))
t(lambda: s.add())
t(lambda: len(s))
t(lambda: sorted(s, key=repr))
t(lambda: s.discard(2))
t(lambda: s.discard(2))
t(lambda: s.discard([1]))
t(lambda: s.discard({5}))
t(lambda: sorted(s, key=repr))
t(lambda: s.remove(1))
t(lambda: s.remove(1))
t(lambda: s.remove((3, 4)))
t(lambda: s.remove((3, 4)))
t(lambda: s.remove('x'))
t(lambda: s.remove([1]))
t(lambda: s.remove(set()))
t(lambda: s)
# set args to discard/remove/__contains__ are converted to frozensets
u = {frozenset({1, 2}), frozenset()}
t(lambda: {1, 2} in u)
t(lambda: set() in u)
t(lambda: u.remove({2, 1}))
t(lambda: u.discard(set()))
t(lambda: u)

# pop
p = {3, 1, 2}
t(lambda: p.pop() in (1, 2, 3))
t(lambda: len(p))
t(lambda: p.pop(0))
p.clear()
t(lambda: p.pop())
t(lambda: set().pop())
q = {7}
t(lambda: q.pop())
t(lambda: q)

# clear / copy
c = {1, 2, 3}
alias = c
cp = c.copy()
t(lambda: c.clear())
t(lambda: (c, alias, cp, c is alias, cp is c))
t(lambda: type(cp).__name__)
t(lambda: c.copy(1))

# update family
def run(name, *args):
    x = {1, 2, 3, 4}
    try:
        r = getattr(x, name)(*args)
        print(name, repr(r), x)
    except Exception as e:
        print(name, type(e).__name__, e)
run('update')
run('update', [5], (6,), range(7, 8), {8: 0})
run('update', iter([9]))
run('update', 5)
run('update', [1], None)
run('update', [[1]])
run('intersection_update', [1, 2, 9])
run('intersection_update', [1, 2, 9], (2, 1))
run('intersection_update')
run('intersection_update', [])
run('intersection_update', 5)
run('difference_update', [1])
run('difference_update', [1], (2,), range(3, 4))
run('difference_update')
run('difference_update', 5)
run('difference_update', [[1]])
run('symmetric_difference_update', [4, 5])
run('symmetric_difference_update', [5, 5, 5])
run('symmetric_difference_update', range(1, 5))
run('symmetric_difference_update')
run('symmetric_difference_update', [1], [2])
run('symmetric_difference_update', 7)
run('symmetric_difference_update', [[1]])
self_s = {1, 2}
self_s.symmetric_difference_update(self_s)
print(self_s)
self_s = {1, 2}
self_s.difference_update(self_s)
print(self_s)
self_s = {1, 2}
self_s.update(self_s)
self_s.intersection_update(self_s)
print(self_s)

# frozenset has none of the mutators
fz = frozenset({1})
t(lambda: fz.add(2))
t(lambda: fz.discard(1))
t(lambda: fz.update([2]))
t(lambda: fz.pop())
t(lambda: fz.clear())
