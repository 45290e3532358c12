count = 10
print(count)
count[0]
