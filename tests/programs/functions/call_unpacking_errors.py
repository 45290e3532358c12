def describe(*a, **k): pass
class C:
    def m(self, **k): pass
for t in ['describe(a=1, **{"a": 2})', 'describe(**[1])', 'print(**[1])', 'C().m(**[1])', 'describe(*[1], **{"a":1}, **{"a":2})', 'len(**{1:2})', 'C.m(C(), a=1, **{"a":2})', '{**[1]}']:
    try: exec(t)
    except Exception as e: print(t, '|', type(e).__name__, e)
