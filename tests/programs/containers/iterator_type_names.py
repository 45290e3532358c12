# type(...).__name__ of builtin iterators and iterator protocol basics
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def name(x):
    return type(x).__name__

def gen():
    yield 1

objs = [
    ('iter(list)', iter([1])),
    ('iter(tuple)', iter((1,))),
    ('iter(range)', iter(range(3))),
    ('iter(big range)', iter(range(10**20))),
    ('iter(str ascii)', iter('abc')),
    ('iter(str empty)', iter('')),
    ('iter(str non-ascii)', iter('é\U0001F600')),
    ('iter(bytes)', iter(b'ab')),
    ('iter(bytearray)', iter(bytearray(b'a'))),
    ('iter(dict)', iter({1: 2})),
    ('iter(keys)', iter({1: 2}.keys())),
    ('iter(values)', iter({1: 2}.values())),
    ('iter(items)', iter({1: 2}.items())),
    ('iter(set)', iter({1})),
    ('iter(frozenset)', iter(frozenset())),
    ('reversed(list)', reversed([1])),
    ('reversed(tuple)', reversed((1,))),
    ('reversed(range)', reversed(range(2))),
    ('reversed(str)', reversed('ab')),
    ('reversed(dict)', reversed({1: 2})),
    ('reversed(keys)', reversed({1: 2}.keys())),
    ('reversed(values)', reversed({}.values())),
    ('reversed(items)', reversed({}.items())),
    ('zip', zip([1], [2])),
    ('map', map(abs, [1])),
    ('filter', filter(None, [1])),
    ('enumerate', enumerate([1])),
    ('generator', gen()),
    ('genexpr', (x for x in [])),
    ('callable_iterator', iter(lambda: 1, 1)),
    ('iter(seq class)', iter(type('Seq', (), {'__getitem__': lambda s, i: i})())),
]
for label, o in objs:
    print(label.ljust(20), name(o), iter(o) is o)

# all of them are exhausted correctly
t(lambda: list(zip('ab', 'xyz')))
t(lambda: list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
t(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0]])))
t(lambda: list(filter(lambda x: x > 1, range(4))))
t(lambda: list(enumerate('ab', start=5)))
t(lambda: list(enumerate('ab', -1)))
t(lambda: list(reversed('é\U0001F600x')))
t(lambda: list(iter([1, 2, 3, 4]).__iter__()))
c = iter([1, 2, 3].pop, 1)
t(lambda: list(c))
seq_it = iter(type('Seq', (), {'__getitem__': lambda s, i: 'abc'[i]})())
t(lambda: list(seq_it))

# errors and messages
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(lambda: 1))
t(lambda: iter(5, 1))
t(lambda: next([1]))
t(lambda: next(5))
t(lambda: next(iter([]), 'default'))
t(lambda: next(iter([])))
t(lambda: reversed(iter([1])))
t(lambda: reversed(gen()))
t(lambda: zip(1))
t(lambda: zip([1], 2))
t(lambda: map(abs))
t(lambda: map(abs, 5))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [3], strict=True)))
t(lambda: list(zip()))
t(lambda: name(zip()))
t(lambda: name(iter(iter([]))))
t(lambda: repr(zip).startswith("<class 'zip'>"))
t(lambda: [name(iter(x)) for x in ([], (), {}, set(), '', b'', range(0))])
t(lambda: iter([1, 2]).__length_hint__())
t(lambda: iter('abc').__length_hint__())
t(lambda: iter((1,)).__length_hint__())
t(lambda: iter({1: 2}).__length_hint__())
t(lambda: iter({1, 2}).__length_hint__())
