using Adder.Common;

namespace Adder.Runtime;

/// <summary>str. Code-point semantics for non-BMP text come with the builtin-types issue.</summary>
public sealed class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str");

    public readonly string Value;
    private int _hash;
    private bool _hashed;

    public PyStr(string value)
        : base(TypeObject)
    {
        Value = value;
    }

    /// <summary>The string's hash, computed once (strings are dict keys on every name lookup).</summary>
    public int Hash
    {
        get
        {
            if (!_hashed)
            {
                _hash = Value.GetHashCode();
                _hashed = true;
            }
            return _hash;
        }
    }

    public static readonly PyStr Empty = new("");

    public override string ToString() => StringRepr.Repr(Value);
}
