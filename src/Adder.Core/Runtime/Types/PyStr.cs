using Adder.Common;

namespace Adder.Runtime;

/// <summary>str. Code-point semantics for non-BMP text come with the builtin-types issue.</summary>
public sealed class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str");

    public readonly string Value;

    public PyStr(string value)
        : base(TypeObject)
    {
        Value = value;
    }

    public static readonly PyStr Empty = new("");

    public override string ToString() => StringRepr.Repr(Value);
}
