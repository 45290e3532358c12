# stderr: full
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e
def load():
    try:
        parse("x1")
    except ConfigError:
        {}["missing"]
load()
