for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    print("n reached", n)
    if n >= 5:
        break
result = []
for word in ["alpha", "", "beta", "stop", "gamma"]:
    if not word:
        continue
    if word == "stop":
        break
    result.append(word.upper())
print(result)
