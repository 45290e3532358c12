print("pkg.nested running")
