namespace Adder.Runtime;

/// <summary>
/// Every Python value. The Python type is a field (CPython's ob_type) rather than the C# class, so
/// that instances of Python subclasses of builtins keep the builtin's C# representation.
/// </summary>
public abstract class PyObject
{
    protected PyObject(PyType type) => Type = type;

    public PyType Type;

    public override string ToString() => Ops.Repr(this);
}

/// <summary>A Python exception travelling through C# code (builtins, the embedding API).</summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException value)
        : base(value.Type.Name)
    {
        Value = value;
    }

    public PyBaseException Value { get; }

    /// <summary>Raised again by RERAISE: the frame it comes from is already in the traceback.</summary>
    internal bool IsReraise { get; init; }

    public override string Message => Value.Type.Name + ": " + Ops.Str(Value);
}
