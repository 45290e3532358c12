héllo = 1 → 2
