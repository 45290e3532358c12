# depends on PYTHONHASHSEED=0
# hash() of str and bytes equals CPython's under the corpus' fixed PYTHONHASHSEED (SipHash-1-3 over
# 1/2/4-byte code units), so sets of strings iterate in the same order
import sys

words = ["", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "Hello, World!", "caf\u00e9", "\u00ff\u00fe",
         "\u0100", "\u20ac uro", "\u4e2d\u6587", "\U0001f600", "x\U0001f600y\u00e9", "\ud800", "a" * 100]
for w in words:
    print(ascii(w), hash(w), hash(w) == hash(w[:]), hash(w.encode("utf-8", "surrogatepass")))
print(hash(b""), hash(b"\x00"), hash(b"\xff" * 9), hash(bytearray(b"x").decode()), hash(memoryview(b"mv")))
print(hash("abc") == hash(b"abc"), hash("\u00e9") == hash(b"\xe9"), hash("a" + "bc") == hash("abc"))
print(sys.flags.hash_randomization, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits)
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruits)
print(sorted(fruits) == sorted(list(fruits)), list(fruits)[0])
print({w for w in "the quick brown fox jumps over the lazy dog".split()})
print(frozenset({"x", "y", "z", 1, 2, 3}), hash(frozenset({"x", "y"})))
print(set("mississippi"), set(b"mississippi"), {b"one", b"two", b"three"})
print(hash(("a", 1)), hash(("a", ("b", "c"))), hash((b"k", "v")))
s = set()
for i in range(30):
    s.add("k%d" % i)
print(s)
s -= {"k3", "k17"}
print(list(s)[:10], s.pop(), len(s))
d = dict.fromkeys(["x", "y", "z"])
print(d.keys() | {"w"}, d.keys() & {"y", "q"}, {"b", "a"} ^ {"c", "a"})
