def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
if not x % 2:
    print("even")
else:
    print("not even")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
else:
    print("both empty are false")
if x > 5:
    if x > 6:
        print("nested > 6")
    else:
        print("nested 6")
