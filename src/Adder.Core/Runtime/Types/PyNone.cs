namespace Adder.Runtime;

public sealed class PyNone : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NoneType").Final();
    public static readonly PyNone Instance = new();

    private PyNone()
        : base(TypeObject)
    {
    }

    public override string ToString() => "None";
}
