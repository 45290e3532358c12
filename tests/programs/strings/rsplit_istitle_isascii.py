for s, a in [("a,b,c", (",", 1)), ("a,b,c", (",",)), ("  a  b c  ", ()), ("  a  b c  ", (None, 1)), ("a b c", (None, 0)), ("x::y::z", ("::", 1)), ("", (",",)), ("", ()), (",a,", (",", 5))]:
    print(repr(s), a, s.rsplit(*a))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "Élan Vital".istitle(), "abc".isascii(), "é".isascii(), "".isascii())
print("a,b".rsplit(sep=",", maxsplit=1))
