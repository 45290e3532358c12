import sys
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == b)
print(sys.getsizeof(0) > 0, type(sys.getsizeof([])).__name__)
c = "".join(["hello", " world!"])
print(c == a, sys.intern(c) is a)
