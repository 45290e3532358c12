s = "naïve café 日本語 😀"
print(len(s), s.upper(), s.title(), [len(w) for w in s.split()])
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), "😀".encode("utf-16-be"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(sorted(["é", "e", "f", "E"]), "straße".casefold() == "STRASSE".casefold())
print(s[::-1], s[-1], s[5:10])
import unicodedata
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é") == "e\u0301")
