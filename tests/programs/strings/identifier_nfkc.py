# Identifiers are normalized to NFKC (PEP 3131): every character allowed after "a" in an identifier,
# compared with CPython's normalization through the names an exec() defines; then sequences that compose
# (Hangul jamo into syllables, marks reordered by combining class, compatibility forms).

chars = [chr(cp) for cp in range(0x80, 0x30000) if ("a" + chr(cp)).isidentifier()]
namespace = {}
exec("\n".join(f"a{c} = {i}" for i, c in enumerate(chars)), namespace)
changed = {}
for name, index in namespace.items():
    if name != "__builtins__" and name != "a" + chars[index]:
        changed[index] = name
digest = 0
for index in sorted(changed):
    for ch in changed[index]:
        digest = (digest * 1000003 + ord(ch)) % (2**61 - 1)
print(len(chars), len(namespace), len(changed), digest)
print([ascii(changed[i]) for i in sorted(changed)[:: max(1, len(changed) // 40)]])

samples = [
    "\u1100\u1161\u11a8",        # jamo L V T -> one syllable
    "\u1100\u1161",              # L V
    "\uac00\u11a8",              # LV syllable + T
    "a\u0301",                   # a + acute -> a-acute
    "q\u0307\u0323",             # marks out of order: dot below (220) before dot above (230)
    "\u1e0b\u0323",              # d-dot-above + dot below -> d-dot-below + dot above
    "\uff41\uff42\uff43",        # fullwidth abc
    "\ufb03x",                   # ffi ligature
    "\u212b",                    # angstrom sign -> A-ring
    "e\u0301\u0301",             # second acute is blocked
    "\u0915\u093c",              # devanagari ka + nukta (composition exclusion: stays decomposed)
    "\u00c5\u0327",              # A-ring + cedilla
    "\u01d6",                    # u-diaeresis-macron stays composed
    "\u0041\u030a\u0301",        # A + ring + acute -> A-ring-acute
    "a\u017f",                  # long s: the name "as", which is no keyword here
]
for text in samples:
    ns = {}
    exec(f"v{text} = 1", ns)
    print(ascii(text), [ascii(n) for n in ns if n != "__builtins__"])
