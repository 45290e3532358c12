grades = {"ann": 91, "bob": 78, "cy": 85, "dee": 62, "eve": 99}
letters = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for name, s in grades.items()}
print(letters)
honor = [n for n, s in sorted(grades.items()) if s >= 85 if n != "eve"]
print(honor)
buckets = {letter: sorted(n for n, l in letters.items() if l == letter) for letter in "ABCF"}
print(buckets)
print([(n, s) for n, s in grades.items() if s % 2 and s > 80])
