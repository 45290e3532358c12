people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("dee", 22, "nyc")]
by_age = sorted(people, key=lambda p: (p[1], p[0]))
print([p[0] for p in by_age])
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print({c: sorted(ns) for c, ns in sorted(by_city.items())})
oldest = max(people, key=lambda p: p[1])
print(oldest)
print(sorted([p[0] for p in people], key=len, reverse=True))
ages = [age for _, age, _ in people]
print(sum(ages) / len(ages), sorted(set(ages)))
