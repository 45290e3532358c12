s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.count("o"), s.count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print("the" in s, "THE" in s, s.upper().count("THE"))
print("abc123".isalnum(), "abc".isascii(), "é".isascii(), "Title Case".istitle(), "UPPER1".isupper())
print("0x1F".isdigit(), "123".isdecimal(), "Ⅻ".isnumeric(), "\t\n".isspace(), "".isspace(), "_id1".isidentifier())
print(s.partition("fox"), s.rpartition("the"), s.partition("zzz"))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
