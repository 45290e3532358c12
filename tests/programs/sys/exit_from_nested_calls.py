import sys
def level3():
    print("level3 exiting")
    sys.exit(9)
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except Exception:
        print("never: SystemExit is not an Exception")
level1()
