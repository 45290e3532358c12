import sys
try:
    try:
        sys.exit(5)
    finally:
        print("finally runs during SystemExit")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(6)
except Exception:
    print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
def cleanup():
    print("cleanup in finally before exit 7")
try:
    raise SystemExit(7)
finally:
    cleanup()
