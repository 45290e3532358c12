import sys
def main():
    print("main starting")
    sys.exit(3)
main()
print("not reached")
