# list.reverse / copy / clear, indexing errors, iteration while mutating
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 'two', 3.0, None, (5,)]
print(repr(a.reverse()), a)
a.reverse(); print(a)
e = []; e.reverse(); print(e)
s = [1]; s.reverse(); print(s)
t(lambda: a.reverse(1))
t(lambda: list.reverse(a))

# copy is shallow
inner = [1, 2]
b = [inner, 'x']
c = b.copy()
print(c, c == b, c is b, c[0] is inner)
inner.append(3)
print(c)
c.append('y')
print(b, c)
t(lambda: b.copy(1))
t(lambda: [].copy())
d = b[:]
print(d == b, d is b)

# clear
f = [1, 2, 3]
alias = f
print(repr(f.clear()), f, alias, f is alias)
f.clear(); print(f)
t(lambda: f.clear(0))

# getitem errors
g = [10, 20, 30]
t(lambda: g[3])
t(lambda: g[-4])
t(lambda: g[-3])
t(lambda: g[2])
t(lambda: g[10**30])
t(lambda: g[-10**30])
t(lambda: g['0'])
t(lambda: g[1.0])
t(lambda: g[None])
t(lambda: g[(1,)])
t(lambda: g[[1]])
t(lambda: g[True])
t(lambda: [][0])
t(lambda: [][-1])
t(lambda: [][0:100])
t(lambda: g[1:])
t(lambda: g[-1::-1])

# len, in, not in
t(lambda: len(g))
t(lambda: 20 in g)
t(lambda: 20.0 in g)
t(lambda: '20' in g)
t(lambda: 25 not in g)
t(lambda: [] in [[]])
t(lambda: len([]))

# iteration while mutating: appending extends iteration
h = [1, 2, 3]
out = []
for x in h:
    out.append(x)
    if x < 3 and len(h) < 6:
        h.append(x + 10)
print(out, h)
# removing during iteration skips elements
k = [1, 2, 3, 4, 5, 6]
for x in k:
    if x % 2 == 0:
        k.remove(x)
print(k)
# iterator exhausted stays exhausted
it = iter([1, 2])
print(list(it), list(it))
m = [1]
it = iter(m)
print(next(it))
t(lambda: next(it))
m.append(2)
t(lambda: next(it))
it2 = iter(m)
print(it2.__length_hint__())
next(it2)
print(it2.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), list(r))
