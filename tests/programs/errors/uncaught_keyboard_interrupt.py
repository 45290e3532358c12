print("simulating Ctrl-C")
raise KeyboardInterrupt
