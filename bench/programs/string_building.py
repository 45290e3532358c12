# String building and formatting: f-strings, %-format, str.format, join, split, replace, strip, case methods.
import _harness

WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "eiusmod"]


def make_line(i):
    word = WORDS[i % len(WORDS)]
    return f"{i:05d}|{word:<12}|{i * 3.25:10.2f}|{word.upper()}|{i % 7!r}"


def make_record(i):
    return "%-8s %6d %8.3f %x" % (WORDS[(i * 3) % len(WORDS)], i, i / 7.0, i * 255)


def make_report(name, values):
    header = "{name} ({count} values)".format(name=name.title(), count=len(values))
    body = ", ".join("{0}={1:+d}".format(k, v) for k, v in values)
    return "{}: [{}]".format(header, body)


def csv_roundtrip(rows):
    text = "\n".join(",".join(str(x) for x in row) for row in rows)
    total = 0
    for line in text.split("\n"):
        fields = line.split(",")
        total += sum(int(f) for f in fields if f.lstrip("-").isdigit())
    return text, total


def bench(scale):
    checksum = 0
    for k in range(scale):
        lines = [make_line(i + k) for i in range(40)]
        block = "\n".join(lines)
        checksum += len(block) + block.count("|") + block.count("LOREM")
        records = [make_record(i + k) for i in range(40)]
        checksum += sum(len(r.split()) for r in records) + len("".join(records).replace(" ", ""))
        report = make_report("metric " + WORDS[k % 10], [(w, (k * 13 + j) % 41 - 20) for j, w in enumerate(WORDS)])
        checksum += len(report) + report.find("=") + report.count("+")
        text, total = csv_roundtrip([[i, -i * k, i * i] for i in range(20)])
        checksum += total % 1000003 + len(text)
        parts = []
        for i in range(50):
            parts.append(str(i * k % 997))
            parts.append("-" if i % 2 else "+")
        joined = "".join(parts)
        pieces = joined.replace("-", " ").replace("+", " ").split()
        checksum += len(joined) + len(pieces)
        s = ""
        for i in range(60):
            s += chr(97 + (i * 7 + k) % 26)
        checksum += sum(map(ord, s.strip("a").capitalize().swapcase())) % 10007
        padded = [w.center(11, "*").rjust(14).ljust(16) for w in WORDS]
        checksum += sum(p.index(w) for p, w in zip(padded, WORDS))
        checksum += len(" ".join(WORDS).title()) + ("sit" in " ".join(WORDS)) + s.startswith("a")
    return checksum



DEFAULT_SCALE = 3500
QUICK_SCALE = 350

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
