namespace Adder.Runtime;

public sealed class PyTuple : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("tuple");
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items)
        : base(TypeObject)
    {
        Items = items;
    }
}
