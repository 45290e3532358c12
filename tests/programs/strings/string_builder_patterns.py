parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts))
import io
buf = io.StringIO()
for word in ["alpha", "beta", "gamma"]:
    buf.write(word.upper())
    buf.write(";")
print(buf.getvalue())
lines = ["first", "second", "third"]
text = "\n".join(f"{n:>3}: {line}" for n, line in enumerate(lines, 1))
print(text)
print(repr("".join(chr(c) for c in range(97, 102))), "".join(reversed([str(d) for d in range(5)])))
words = "one two three two one".split()
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
print(" ".join(seen))
