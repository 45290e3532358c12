table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello awesome world".translate(table))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
msg = "hello world".translate(rot13)
print(msg, msg.translate(rot13))
print("a-b-c".translate({ord("-"): " "}), "abc".translate({97: "AA"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(str.maketrans("ab", "cd").items()))
