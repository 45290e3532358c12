# f-strings: conversions !r !s !a, '=' debugging form, nested/dynamic format specs, errors


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __repr__(self):
        return "P(\xe9\U0001F600)"

    def __str__(self):
        return "p-str"

    def __format__(self, spec):
        return "fmt<" + spec + ">"


p = P()
s = "caf\xe9 \U0001F600\n'q'"
n = 42
x = 3.14159
print(repr(f"{s}|{s!s}|{s!r}|{s!a}"))
print(repr(f"{p}|{p!s}|{p!r}|{p!a}|{p:xyz}|{p!r:>12}|{p!s:*<7}"))
print(repr(f"{n}|{n:5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{n:x}|{n:#b}|{n:,}|{n:_o}|{n:c}|{n:e}|{n:%}"))
print(repr(f"{x:.2f}|{x:10.3e}|{x:g}|{x:+.0f}|{x:*^12.4}|{x!r:>10}|{-x:=10.2f}"))
w, pr, al, fill = 12, 3, ">", "~"
print(repr(f"{x:{w}.{pr}f}|{x:{fill}{al}{w}}|{n:{'0'}{w}d}|{s!r:{w}.{pr}}"))
print(repr(f"{n!r:{'>'}{5}}"), repr(f"{'nested ' + f'{n:03}'}"), repr(f"{f'{x:.1f}':>8}"))
# '=' self-documenting expressions keep spacing and default to repr
print(repr(f"{n=}"), repr(f"{n = }"), repr(f"{n=:5}"), repr(f"{s=}"), repr(f"{s=!s}"), repr(f"{p=}"))
print(repr(f"{p=!s}"), repr(f"{p=:q}"), repr(f"{n + 1=}"), repr(f"{x=:.2f}"), repr(f"{ n * 2 = }"))
# braces, expressions, containers
d = {"k": "v", 1: [1, 2]}
print(repr(f"{{}}{{{n}}}{{n}}"), repr(f"{d['k']}|{d[1][1]}|{[i * i for i in range(4)]}|{(1, 'a')}"))
print(repr(f"{'a' if n > 1 else 'b'}|{n if n < 0 else -n}|{(lambda q: q * 2)(3)}|{d!r}"))
print(repr(f"{3:{'>'}{'1'}{'0'}}"), repr(f"{chr(0x1F600)!a}"), repr(f"{'😀'!r}"))
print(repr(f"{None}|{None!r}|{True:d}|{True}|{b'xy'}|{b'xy'!s}|{2**64:_x}"))
print(repr(f"""triple {n}
line2 {s!a}"""), repr(rf"raw\n{n}"), repr(fr"{n}\t"), repr(f"{n}" f"{x:.1f}" "plain"))
print(repr(f"{'𝔘'*3:^9}"), repr(f"{'𝔘':𝔘>4}"), repr(f"{'é'!a:>8}"), repr(f"{''}|{'':5}|"))
# runtime errors inside f-strings
t(lambda: f"{n:s}")
t(lambda: f"{s:d}")
t(lambda: f"{x:x}")
t(lambda: f"{None:>5}")
t(lambda: f"{n:{'abc'}}")
t(lambda: f"{d['missing']}")
t(lambda: f"{1 / 0}")
t(lambda: f"{n:,_}")
t(lambda: f"{s:=5}")
t(lambda: f"{p!r:q}")
# compile-time errors (SyntaxError messages)
for src in ['f"{}"', 'f"{ }"', 'f"{n!x}"', 'f"{n!}"', 'f"{n"', 'f"}"', 'f"{"', 'f"{n:{}}"',
            'f"{n!r=}"', 'f"{:5}"', 'f"{n!r:}"', 'f"{n=!r:>4}"']:
    try:
        print(src, "->", repr(eval(src)))
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
