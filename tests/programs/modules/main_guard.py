import _main_guard
print(_main_guard.run())
print("this script's __name__:", __name__)
if __name__ == "__main__":
    print("running as the main script")
