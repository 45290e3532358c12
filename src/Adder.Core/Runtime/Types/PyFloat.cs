using Adder.Common;

namespace Adder.Runtime;

public sealed class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float");

    public readonly double Value;

    public PyFloat(double value)
        : base(TypeObject)
    {
        Value = value;
    }

    public override string ToString() => FloatFormat.Repr(Value);
}
