# stderr: full
café = {"clé": 1}
print(café["clé"] + café["nø"])
