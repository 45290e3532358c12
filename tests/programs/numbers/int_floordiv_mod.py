# int: // % divmod sign rules, big ints, zero division, mixing with float
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3),
         (1, 10**20), (-1, 10**20), (10**20, 7), (-(10**20), 7), (10**20, -7),
         (2**64, 2**32), (2**64 + 1, -(2**32)), (-(2**100), 3**40), (3**80, -(2**70)),
         (123456789123456789, 1000000007), (-123456789123456789, -1000000007)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)

for a in (1, 0, -1, 10**30):
    t(lambda: a // 0)
    t(lambda: a % 0)
    t(lambda: divmod(a, 0))

# with floats
t(lambda: 7 // 2.0)
t(lambda: -7 // 2.0)
t(lambda: 7 % -2.0)
t(lambda: -7 % 2.5)
t(lambda: divmod(7, 2.5))
t(lambda: divmod(-7, 2.5))
t(lambda: 7 // 0.0)
t(lambda: 7 % 0.0)
t(lambda: divmod(7, 0.0))
t(lambda: 5 // float('inf'))
t(lambda: -5 // float('inf'))
t(lambda: 5 % float('inf'))
t(lambda: -5 % float('inf'))
t(lambda: 5 % float('-inf'))
t(lambda: 10**400 // 1.0)
t(lambda: 10**400 % 3.0)

# with bools
t(lambda: True // True)
t(lambda: 5 % True)
t(lambda: divmod(True, 2))
t(lambda: 5 // False)
t(lambda: True % False)

# errors and misc
t(lambda: 5 // "2")
t(lambda: "5" % 2)
t(lambda: divmod(5, "2"))
t(lambda: divmod(5, None))
t(lambda: divmod(5))
t(lambda: (7).__floordiv__(2))
t(lambda: (7).__floordiv__(2.0))
t(lambda: (7).__rfloordiv__(30))
t(lambda: (7).__mod__(-3))
t(lambda: (7).__rmod__(-3))
t(lambda: (7).__divmod__(-3))
t(lambda: (7).__rdivmod__(-30))
t(lambda: (7).__divmod__(0))
t(lambda: type(divmod(2**70, 3)))
t(lambda: -2**70 // -1)
t(lambda: -(2**63) // -1)
t(lambda: -(2**63) % -1)

# identities for a range of values
ok = True
for a in range(-30, 31):
    for b in list(range(-7, 0)) + list(range(1, 8)):
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            ok = False
            print("bad", a, b)
print("identities ok", ok)
