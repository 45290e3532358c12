loads = globals().get("loads", 0) + 1
print("_reloadable loaded, count", loads)
