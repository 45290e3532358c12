ü = 1; nonlocal ü
