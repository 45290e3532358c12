print("raising SystemExit with a list")
raise SystemExit([1, 2])
