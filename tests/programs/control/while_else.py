i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("while finished normally, i =", i)
j = 0
while j < 10:
    if j == 4:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
k = 5
while k < 0:
    print("never")
else:
    print("else runs even when body never does")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
