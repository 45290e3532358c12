for text in ["1", "22", "three"]:
    print(int(text))
