print("raising a group")
raise ExceptionGroup("several failures", [ValueError("one"), TypeError("two")])
