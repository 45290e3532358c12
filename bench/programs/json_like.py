# JSON-like round trip: a recursive serializer and a recursive-descent parser over generated nested data.
import _harness

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        out.append('"' + "".join(ESCAPES.get(ch, ch) for ch in value) + '"')
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        for i, key in enumerate(value):
            if i:
                out.append(",")
            dump(key, out)
            out.append(":")
            dump(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot serialize %r" % (value,))


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise ParseError("expected %s at %d" % (ch, self.pos))
        self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def string(self):
        self.expect('"')
        chars = []
        while True:
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chars)
            if ch == "\\":
                ch = UNESCAPES[self.text[self.pos]]
                self.pos += 1
            chars.append(ch)

    def array(self):
        self.expect("[")
        items = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_space()
            if self.text[self.pos] == "]":
                self.pos += 1
                return items
            self.expect(",")

    def obj(self):
        self.expect("{")
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            self.expect(":")
            result[key] = self.value()
            self.skip_space()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            self.expect(",")


def generate(depth, seed):
    kind = seed % 7
    if depth == 0 or kind == 0:
        leaves = [None, True, False, seed * 37 - 500, "s%d\t\"q\"" % seed, "plain", -seed]
        return leaves[seed % len(leaves)]
    if kind % 2:
        return [generate(depth - 1, seed * 3 + i) for i in range(seed % 4 + 1)]
    return {"k%d" % i: generate(depth - 1, seed * 5 + i) for i in range(seed % 5 + 1)}


def bench(scale):
    checksum = 0
    for k in range(scale):
        data = {"id": k, "items": [generate(5, k * 11 + j) for j in range(4)], "note": "line\nbreak"}
        text = dumps(data)
        parsed = Parser(text).value()
        if parsed != data:
            raise AssertionError("round trip failed")
        again = dumps(parsed)
        checksum += len(text) + sum(ord(c) for c in again[::7]) + (again == text)
    return checksum



DEFAULT_SCALE = 400
QUICK_SCALE = 40

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
