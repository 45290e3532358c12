try: compile("x = (", "<s>", "exec")
except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.filename, repr(e.text), e.end_lineno, e.end_offset)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError("plain")
print(e.errno, e.strerror, e.filename)
e.errno = 5
print(e.errno)
s = SyntaxError("m")
print(s.msg, s.lineno, s.text)
class Child(OSError): pass
print(Child(1, "x").errno)
print(str(OSError(2, "No such file", "f.txt")), str(OSError(2, "No such file")))
