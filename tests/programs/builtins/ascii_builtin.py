print(ascii("plain"), ascii("café"), ascii("日本"), ascii("😀"), ascii(["é", 1]), ascii(b"\xff"))
print(ascii({"ключ": "значение"}), ascii("\n\t"), ascii(None), ascii(1.5))
class Uni:
    def __repr__(self):
        return "Ünïcödé"
print(ascii(Uni()), repr(Uni()))
