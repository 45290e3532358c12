import sys
print(sys.argv, len(sys.argv[1:]))
print(type(sys.argv).__name__, sys.argv[0].endswith(".py"))
