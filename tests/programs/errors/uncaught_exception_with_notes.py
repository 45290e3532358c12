e = ValueError("invalid configuration")
e.add_note("while reading section [server]")
print("raising with a note")
raise e
