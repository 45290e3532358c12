# dict | and |= (PEP 584), including non-dict operands and subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
t(lambda: a | b)
t(lambda: b | a)
t(lambda: a | {})
t(lambda: {} | a)
t(lambda: {} | {})
t(lambda: a | a)
t(lambda: (a | b) is a)
print(a, b)
t(lambda: a | [('q', 1)])
t(lambda: a | None)
t(lambda: a | 1)
t(lambda: sorted(a | b.keys()))
t(lambda: sorted(a | b.items(), key=repr))
t(lambda: [('q', 1)] | a)
t(lambda: sorted(a.keys() | b))
t(lambda: {1: 'a'} | {1.0: 'b'})
t(lambda: {1.0: 'a'} | {1: 'b'})
t(lambda: {True: 0} | {1: 1, 2: 2})

# |= accepts any mapping or iterable of pairs, keeps identity
c = {'x': 1}
alias = c
c |= {'y': 2}
c |= [('z', 3), ('x', 10)]
c |= (('w', 4),)
c |= {'v': 5}.items()
c |= zip('ab', 'AB')
print(c, c is alias)
def ior(p, q):
    p |= q
    return p
t(lambda: ior({}, None))
t(lambda: ior({}, 5))
t(lambda: ior({}, [1, 2]))
t(lambda: ior({}, ['ab', 'cd']))
t(lambda: ior({}, ['abc']))
t(lambda: ior({}, [(1, 2, 3)]))
t(lambda: ior({}, [[1, 2], (3, 4)]))
t(lambda: ior({}, [([], 1)]))
t(lambda: ior({'k': 0}, {}))
t(lambda: ior({}, 'ab'))
t(lambda: ior({}, ['a']))

# operator methods directly
t(lambda: {1: 2}.__or__([(3, 4)]))
t(lambda: {1: 2}.__ror__({3: 4}))
t(lambda: {1: 2}.__ror__([(3, 4)]))
t(lambda: {1: 2}.__ior__([(3, 4)]))

# subclass results
class D(dict):
    pass
t(lambda: type(D(a=1) | {'b': 2}).__name__)
t(lambda: type({'b': 2} | D(a=1)).__name__)
t(lambda: D(a=1) | {'b': 2})
x = D(a=1)
y = x
x |= {'c': 3}
print(type(x).__name__, x, x is y)

class M:
    def __ror__(self, other):
        return 'M.__ror__ ' + type(other).__name__
    def __or__(self, other):
        return 'M.__or__'
t(lambda: {1: 2} | M())
t(lambda: M() | {1: 2})
def ior_m():
    z = {1: 2}
    z |= M()
    return z
t(ior_m)

# other binary ops on dicts are unsupported
t(lambda: a + b)
t(lambda: a - b)
t(lambda: a & b)
t(lambda: a ^ b)
t(lambda: a * 2)
def iadd():
    z = {}
    z += {}
t(iadd)
def iand():
    z = {}
    z &= {}
t(iand)
