# stderr: full
def ratio(a, b):
    return a / b
def report(values):
    return [ratio(v, values[-1]) for v in values]
print(report([1, 2, 0]))
