import sys
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() raises SystemExit with code", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("code tuple", e.code)
print("now exiting for real with None")
sys.exit(None)
