class PluginBase:
    plugins = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        PluginBase.plugins[cls.key] = cls
class CsvPlugin(PluginBase, key="csv"):
    pass
class JsonPlugin(PluginBase):
    pass
class Nested(CsvPlugin, key="nested"):
    pass
print(sorted(PluginBase.plugins), CsvPlugin.key, JsonPlugin.key, Nested.key)
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    class Bad2(Plain, option=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
