# methods of the base `object` type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

o = object()
r = repr(o)
print(r.startswith('<object object at 0x'), r.endswith('>'), str(o) == r)
print(o.__repr__() == r, object.__repr__(o) == r, o.__str__() == r)
class C:
    pass
c = C()
print(repr(c).startswith('<__main__.C object at 0x'))
class D:
    def __repr__(self): return 'D!'
print(str(D()), object.__repr__(D()).startswith('<__main__.D object at'))

# __eq__ / __ne__
t(lambda: o.__eq__(o))
t(lambda: o.__eq__(object()))
t(lambda: o.__eq__(1))
t(lambda: o.__ne__(o))
t(lambda: o.__ne__(object()))
t(lambda: o == o)
t(lambda: o != o)
t(lambda: o == object())
t(lambda: o != object())
t(lambda: o.__lt__(o))
t(lambda: o.__le__(1))
t(lambda: o.__gt__(o))
t(lambda: o.__ge__(o))
class Eq:
    def __eq__(self, other): return 'custom'
t(lambda: Eq() != Eq())
t(lambda: Eq().__ne__(1))
class EqNI:
    def __eq__(self, other): return NotImplemented
t(lambda: EqNI().__ne__(1))
x = EqNI()
t(lambda: x == x)
t(lambda: x != x)
t(lambda: EqNI() == EqNI())

# __hash__
t(lambda: o.__hash__() == hash(o))
t(lambda: type(hash(o)).__name__)
class WithEq:
    def __eq__(self, other): return True
t(lambda: WithEq.__hash__)
t(lambda: hash(WithEq()))
class WithEqHash(WithEq):
    __hash__ = object.__hash__
t(lambda: type(hash(WithEqHash())).__name__)

# __dir__ returns an (unsorted) list; dir() sorts it
dl = o.__dir__()
t(lambda: type(dl).__name__)
t(lambda: sorted(dl))
t(lambda: dir(o) == sorted(dl))
class Attrs:
    def __init__(self): self.zeta = 1; self.alpha = 2
t(lambda: [n for n in dir(Attrs()) if not n.startswith('__')])
class CustomDir:
    def __dir__(self): return ['b', 'a', 'c']
t(lambda: dir(CustomDir()))
class BadDir:
    def __dir__(self): return 5
t(lambda: dir(BadDir()))

# __format__
t(lambda: format(o, '') == str(o))
t(lambda: o.__format__('') == str(o))
t(lambda: format(o, 'd'))
t(lambda: format(o, '>10'))
t(lambda: o.__format__('x'))
t(lambda: o.__format__(5))
t(lambda: format(D(), ''))
t(lambda: '{}'.format(D()))
t(lambda: f'{D()!r:>5}')
t(lambda: f'{D():>5}')

# __init_subclass__ and __subclasshook__
t(lambda: object.__subclasshook__())
t(lambda: object.__subclasshook__(int))
t(lambda: C.__subclasshook__(C))
t(lambda: object.__init_subclass__())
t(lambda: object.__init_subclass__(1))
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class A1(Base): pass
class A2(Base, tag='two'): pass
class A3(A2): pass
print(Base.subs)
def bad_kw():
    class Z(object, foo=1): pass
t(bad_kw)

# misc object behaviours
t(lambda: object(1))
t(lambda: object(x=1))
def set_attr():
    o.attr = 1
t(set_attr)
t(lambda: o.__class__.__name__)
t(lambda: object.__name__)
t(lambda: C.__bases__)
t(lambda: isinstance(o, object))
t(lambda: isinstance(C, object))
t(lambda: o.__getattribute__('__class__').__name__)
t(lambda: o.__getattribute__('nope'))
t(lambda: o.__init__())
t(lambda: o.__init__(1))
t(lambda: type(o.__doc__).__name__)
