# bytearray[i] and bytes[i]: in-range ints take a short path; negative, out of range, big and bool indices and a
# subclass's own __getitem__ must behave as in CPython.
ba = bytearray(b"hello")
bs = b"world"
class BA(bytearray):
    def __getitem__(self, i):
        return "sub"
sub = BA(b"xyz")
out = []
for _ in range(30):
    out = [ba[0], ba[4], ba[-1], bs[0], bs[-5], sub[1], ba[True]]
print(out)
for c, i in [(ba, 5), (bs, 5), (ba, -6), (bs, 2**70)]:
    try:
        c[i]
    except IndexError as e:
        print("IndexError:", e)
