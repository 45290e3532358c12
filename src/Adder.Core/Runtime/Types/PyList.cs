namespace Adder.Runtime;

public sealed class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list");

    public readonly List<PyObject> Items;

    public PyList(List<PyObject> items)
        : base(TypeObject)
    {
        Items = items;
    }

    public PyList()
        : this(new List<PyObject>())
    {
    }
}
