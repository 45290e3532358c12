words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest)
total = 0
i = 0
while i < len(words):
    total += len(words[i])
    i += 1
print(total, total / len(words))
pairs = []
for i in range(len(words) - 1):
    if words[i] == "the":
        pairs.append((words[i], words[i + 1]))
print(pairs)
