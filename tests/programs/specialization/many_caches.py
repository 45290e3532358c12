# A code object with more specializable instructions than inline-cache entries can be numbered (65535):
# the ones past the limit stay generic, and must not borrow another instruction's entry (the first
# load reads y, the loop past the limit reads x).


class O:
    def __init__(self):
        self.x = 1
        self.y = 7


source = ("def f(o):\n    t = o.y * 1000\n" + "    o.x\n" * 65540
          + "    for i in range(5000):\n        t += o.x\n    return t\n")
namespace = {}
exec(source, namespace)
f = namespace["f"]
o = O()
print([f(o) for _ in range(3)])
