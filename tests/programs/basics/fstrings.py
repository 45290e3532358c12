name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {1234567.891:,.2f}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{{literal braces}} {n * 2} {[i for i in range(3)]}")
width = 8
print(f"[{name:>{width}}] [{pi:.{n // 20}f}]")
print(f"{'nested ' + f'{n}'}")
print(f"{1_000_000:_} {0.25:%} {-5:+} {5:+} {5: }")
d = {"key": "value"}
print(f"{d['key']} {len(d)}")
print(f"""multi
{name}""")
print(f"{3.0:g} {1e20:g} {0.0001:g} {123456789.0:g}")
