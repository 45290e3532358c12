# truthiness of containers and objects, __bool__/__len__ protocol, not/and/or
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

empties = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(0), range(5, 5),
           {}.keys(), {}.values(), {}.items(), 0, 0.0, -0.0, 0j, None, False]
print([bool(x) for x in empties])
fulls = [[0], (None,), {0: 0}, {0}, frozenset([0]), ' ', b'\x00', bytearray(1), range(1),
         {0: 0}.keys(), {0: 0}.values(), {0: 0}.items(), [[]], ((),), ..., NotImplemented.__class__,
         object(), 1, -1, 0.1, 1j, True, float('nan')]
print([bool(x) for x in fulls])
print([not x for x in empties[:6]])
t(lambda: bool(range(10**30)))
t(lambda: len(range(10**30)))
t(lambda: [] or 'default')
t(lambda: [0] or 'default')
t(lambda: {} and 'x')
t(lambda: {1: 1} and 'x')
t(lambda: set() or frozenset() or () or 'last')
t(lambda: [1] and (2,) and {3})
t(lambda: all([]))
t(lambda: any([]))
t(lambda: all([[], [1]]))
t(lambda: any([[], [1]]))
t(lambda: [x for x in [[], [0], '', 'a', {}, {0: 0}] if x])

# user-defined __bool__ and __len__
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
t(lambda: bool(B(True)))
t(lambda: bool(B(False)))
t(lambda: bool(B(1)))
t(lambda: bool(B(None)))
t(lambda: not B(0))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
t(lambda: bool(L(0)))
t(lambda: bool(L(3)))
t(lambda: bool(L(-1)))
t(lambda: len(L(-1)))
t(lambda: bool(L(1.5)))
t(lambda: len(L(1.5)))
t(lambda: bool(L(10**30)))
t(lambda: len(L(10**30)))
t(lambda: len(L(True)))
class Both:
    def __bool__(self):
        print('bool called')
        return False
    def __len__(self):
        print('len called')
        return 1
t(lambda: bool(Both()))
class NoneBool:
    __bool__ = None
t(lambda: bool(NoneBool()))
class BadBool:
    def __bool__(self): raise ValueError('no truth')
t(lambda: bool(BadBool()))
t(lambda: [] or BadBool() and 1)
class Sub(list):
    def __bool__(self): return True
t(lambda: bool(Sub()))
t(lambda: len(Sub()))
class Sub2(dict):
    def __len__(self): return 0
t(lambda: bool(Sub2(a=1)))
t(lambda: len(Sub2(a=1)))

# len() errors
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([1])))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(object()))
t(lambda: [len(x) for x in ([1, 2], (1,), {1: 2, 3: 4}, {1, 2, 3}, 'ab\U0001F600', range(0, 10, 3))])

# bool() itself
t(lambda: bool())
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: type(bool([])).__name__)
t(lambda: True + True)
t(lambda: [True] * 2 == [1, 1])
t(lambda: sum([True, True, False]))
t(lambda: {True: 'a', 1: 'b'})
