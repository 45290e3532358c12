a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b % 10 ** 30)
print(a // b, a % b)
print(b // 12345678901234567890)
print(-a // 7, -a % 7)
print(pow(a, 3, 10 ** 9 + 7))
print(a > b, a == 2 ** 200, hash(a) == hash(2 ** 200))
fact = 1
for i in range(1, 40):
    fact *= i
print(fact)
print(len(str(fact)), sum(int(d) for d in str(fact)))
print(int(str(fact)) == fact)
print((1 << 128) - 1 == 2 ** 128 - 1, (-(1 << 65)) >> 3)
