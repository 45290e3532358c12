values = [3, -1.5, 2 ** 65, True, 0.0]
print(sum(values), max(values), min(values), sorted(values))
print([abs(v) for v in values], [round(v) for v in values])
print([int(v) for v in values], [float(v) for v in values[:3]])
print([divmod(v, 2) for v in values], [pow(v, 2) for v in values])
print([format(v, ".2e") for v in values], [bool(v) for v in values])
print(sum(range(10), start=0.5), round(sum([0.1] * 3), 10), abs(-(2 ** 65)) == 2 ** 65)
