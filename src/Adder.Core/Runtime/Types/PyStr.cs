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

    // One-character strings of Latin-1, shared as in CPython: indexing and iterating strings make them
    // all the time, and a shared one computes its hash once.
    private static readonly PyStr?[] s_latin1 = new PyStr?[256];

    /// <summary>The one-character string <paramref name="c"/> (shared for Latin-1).</summary>
    public static PyStr OfChar(char c) => c < 256 ? s_latin1[c] ??= new PyStr(c.ToString()) : new PyStr(c.ToString());

    /// <summary>A string of one code point (one or two UTF-16 units), shared for Latin-1.</summary>
    public static PyStr OfCodePoint(string c) => c.Length == 1 ? OfChar(c[0]) : new PyStr(c);

    public override string ToString() => StringRepr.Repr(Value);
}
