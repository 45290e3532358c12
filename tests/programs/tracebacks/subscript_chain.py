# stderr: full
config = {"server": {"port": 80}}
def lookup(cfg):
    return cfg["server"]["host"]
lookup(config)
