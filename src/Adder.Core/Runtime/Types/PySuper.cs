namespace Adder.Runtime;

/// <summary>super(): attribute lookup that starts after <see cref="StartAfter"/> in the MRO of the object's type.</summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("super");

    public PySuper(PyType startAfter, PyObject obj)
        : base(TypeObject)
    {
        StartAfter = startAfter;
        Object = obj;
    }

    public PyType StartAfter { get; }
    public PyObject Object { get; }

    public PyObject? Lookup(string name)
    {
        var type = Object as PyType ?? Object.Type;
        var mro = type.Mro;
        int i = Array.IndexOf(mro, StartAfter);
        for (int k = i + 1; k < mro.Length; k++)
        {
            if (mro[k].Dict.TryGetValue(name, out var attr))
            {
                return attr switch
                {
                    PyFunction f when Object is not PyType => new PyMethod(f, Object),
                    PyBuiltinFunction { Self: null } b when Object is not PyType => new PyBuiltinFunction(b.Name, b.Invoke, Object),
                    PyClassMethod cm => new PyMethod(cm.Function, type),
                    PyStaticMethod sm => sm.Function,
                    _ => attr,
                };
            }
        }
        return null;
    }
}
