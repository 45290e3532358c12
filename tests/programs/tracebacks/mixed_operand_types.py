# stderr: full
count = 3
label = "items: " + count
