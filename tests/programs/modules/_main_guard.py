def run():
    return "run() called"
if __name__ == "__main__":
    print("this only runs as a script")
else:
    print("_main_guard imported as", __name__)
