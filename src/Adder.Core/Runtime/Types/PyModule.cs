namespace Adder.Runtime;

/// <summary>A module: a namespace dict with a name.</summary>
public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("module");

    public PyModule(string name, PyDict? dict = null)
        : base(TypeObject)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        Dict.Set("__name__", new PyStr(name));
    }

    public string Name { get; }
    public PyDict Dict { get; }

    public void Set(string name, PyObject value) => Dict.Set(name, value);

    public void Def(string name, PyBuiltinFunction.Body body) => Dict.Set(name, new PyBuiltinFunction(name, body));

    public override string ToString() => Dict.Get("__file__") is PyStr file
        ? $"<module '{Name}' from '{file.Value}'>"
        : $"<module '{Name}' (built-in)>";
}
