def read_all(items):
    out = []
    try:
        for item in items:
            out.append(10 // item)
    finally:
        print("processed", len(out), "items")
    return out
print(read_all([1, 2, 5]))
try:
    read_all([1, 0, 3])
except ZeroDivisionError as e:
    print("propagated:", e)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in gen_cleanup():
    print("value", v)
