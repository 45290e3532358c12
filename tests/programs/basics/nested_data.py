data = {
    "users": [
        {"name": "ann", "tags": ["a", "b"], "age": 31},
        {"name": "bob", "tags": [], "age": 25},
    ],
    "meta": {"count": 2, "ok": True, "none": None},
}
print(data["users"][0]["tags"][1])
print(data)
for user in data["users"]:
    print(user["name"], len(user["tags"]), user.get("email", "-"))
data["users"][1]["tags"].append("new")
print(data["users"][1])
print(sorted(u["name"] for u in data["users"] if u["age"] > 20))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
rec = []
rec.append(rec)
print(rec)
d = {}
d["self"] = d
print(d)
