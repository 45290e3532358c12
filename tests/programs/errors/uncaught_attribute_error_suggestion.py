text = "hello"
print(text.upper())
text.uper()
