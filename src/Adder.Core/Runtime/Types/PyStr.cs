using Adder.Common;

namespace Adder.Runtime;

/// <summary>str: a .NET string whose length, indices and slices count code points (see <see cref="CodePoints"/>).</summary>
public sealed class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str");

    public readonly string Value;
    private long _hash = -1; // -1: not computed yet (no str hashes to -1)
    private int _length = -1;

    public PyStr(string value)
        : base(TypeObject)
    {
        Value = value;
    }

    /// <summary>The length in code points.</summary>
    public int Length => _length >= 0 ? _length : _length = CodePoints.Count(Value);

    /// <summary>True when every code point is one UTF-16 unit, so that .NET indices are Python's.</summary>
    public bool IsBmp => Length == Value.Length;

    /// <summary>The string's hash, computed once (strings are dict keys on every name lookup).</summary>
    public long Hash => _hash != -1 ? _hash : _hash = StringHash.String(Value);

    public static readonly PyStr Empty = new("");

    public override string ToString() => StringRepr.Repr(Value);
}
