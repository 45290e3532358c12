# args: first second --flag=value 42
import sys
print(len(sys.argv), sys.argv)
print(sys.argv[0])
args = sys.argv[1:]
flags = {a.split("=")[0]: a.split("=")[1] for a in args if a.startswith("--")}
positional = [a for a in args if not a.startswith("--")]
print(positional, flags, sum(int(a) for a in positional if a.isdigit()))
