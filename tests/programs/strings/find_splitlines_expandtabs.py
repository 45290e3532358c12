for s in ["a\nb\r\nc\rd", "x\n", "", "\n\n", "a\x0bb\x0cc\x1cd\u2028e", "end"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t = "hello world, hello moon"
print(t.find("hello", 1), t.find("hello", 1, 10), t.rfind("hello", 0, 10), t.find("", 30), t.find("", 3), t.count("l", 3), t.count("l", -5), t.count("", 2, 5), t.rindex("o"))
print("a.b.c".rpartition("."), "abc".rpartition("x"), "a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "12\t3\n\t4".expandtabs(3))
