lines = ["# comment", "alpha 1", "", "beta 22", "gamma x", "delta 4"]
def non_empty(src):
    for line in src:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(src):
    for line in src:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("skipping", repr(line))
def scale(src, factor):
    for name, value in src:
        yield name, value * factor
pipeline = scale(parse(non_empty(lines)), 10)
for item in pipeline:
    print(item)
