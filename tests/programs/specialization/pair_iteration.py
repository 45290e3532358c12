# Loops that unpack pairs from enumerate, zip and dict.items() take both parts without a tuple; everything
# around that must behave as if the tuple were made and unpacked.


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def enumerate_pairs():
    out = []
    for i, x in enumerate("abc"):
        out.append((i, x))
    for i, x in enumerate("xy", start=2**63 - 1):
        out.append((i, x))
    for i, x in enumerate([], start=5):
        out.append("never")
    return out


def zip_pairs():
    out = []
    for a, b in zip(range(3), "pqrs"):
        out.append(a * 10 + len(b))
    return out


def zip_strict_short():
    out = []
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        out.append(a + b)
    return out


def zip_strict_long():
    out = []
    for a, b in zip([1], [4, 5], strict=True):
        out.append(a + b)
    return out


def zip_three_into_two():
    for a, b in zip([1], [2], [3]):
        return a, b


def items_pairs():
    d = {"one": 1, "two": 2, "three": 3}
    return [k + str(v) for k, v in d.items()]


def items_mutated():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d[k + 10] = v
    return d


def keys_that_are_pairs():
    d = {(1, 2): "a", (3, 4): "b"}
    return [x + y for x, y in d]


def values_into_two():
    for a, b in {1: "no"}.values():
        return a, b


def three_names():
    for i, (a, b) in enumerate(zip("ab", "cd")):
        yield i, a, b


def break_and_else():
    for i, x in enumerate(range(10)):
        if x == 3:
            break
    else:
        return "no break"
    return i, x


def raising_source():
    def source():
        yield 1
        raise KeyError("inside")
    total = 0
    for i, x in enumerate(source()):
        total += x
    return total


def generator_consumer():
    return sum(i * x for i, x in enumerate(range(100)))


def reuse_after_loop():
    it = enumerate("abcd")
    for i, x in it:
        if i == 1:
            break
    return list(it)


show("enumerate", enumerate_pairs)
show("zip", zip_pairs)
show("zip strict short", zip_strict_short)
show("zip strict long", zip_strict_long)
show("zip three into two", zip_three_into_two)
show("items", items_pairs)
show("items mutated", items_mutated)
show("keys are pairs", keys_that_are_pairs)
show("values into two", values_into_two)
show("nested", lambda: list(three_names()))
show("break", break_and_else)
show("raising", raising_source)
show("generator", generator_consumer)
show("reuse", reuse_after_loop)
for _ in range(50):
    # Warm the loops (the unpacking specializes), then run them again.
    enumerate_pairs(); zip_pairs(); items_pairs(); keys_that_are_pairs()
show("enumerate again", enumerate_pairs)
show("keys again", keys_that_are_pairs)
show("values again", values_into_two)
