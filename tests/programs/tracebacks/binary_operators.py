# stderr: full
r = 1
value = r * 2 + (r - 1) // 0
