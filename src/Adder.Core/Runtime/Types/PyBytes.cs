using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>bytes: an immutable byte string; its methods live in <see cref="BytesMethods"/>.</summary>
public sealed class PyBytes : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("bytes");

    public readonly byte[] Value;

    public PyBytes(byte[] value)
        : base(TypeObject)
    {
        Value = value;
    }

    private long _hash = -1; // -1: not computed yet (no bytes hash to -1)

    /// <summary>The hash, computed once as CPython caches it (the value never changes).</summary>
    public long Hash => _hash != -1 ? _hash : _hash = StringHash.Bytes(Value);

    public override string ToString() => StringRepr.AppendBytes(new StringBuilder(), Value).ToString();

    public static void Register(PyDict builtins)
    {
        builtins.Set("bytes", TypeObject);
        TypeObject.NewWithKeywords = (cls, args, kwNames) =>
        {
            var v = new PyObject?[3];
            ArgParser.Bind("bytes", args, kwNames?.Items, new[] { "source", "encoding", "errors" }, v);
            if (v[0] is PyBytes { Type.IsHeapType: false } same && v[1] is null && v[2] is null)
                return same;
            // An object may convert itself (__bytes__) before the general rules apply.
            if (v[0] is { Type.IsHeapType: true } custom && v[1] is null && Ops.CallDunder(custom, "__bytes__") is { } converted)
                return converted is PyBytes ? converted : throw Errors.Type($"__bytes__ returned non-bytes (type {converted.Type.Name})");
            return new PyBytes(BytesMethods.FromSource(v[0], v[1], v[2], "bytes"));
        };
        BytesMethods.Register(TypeObject);
        BytesMethods.Register(PyByteArray.TypeObject);
        PyByteArray.Register(builtins);
        PyMemoryView.Register(builtins);
        PyStr.TypeObject.Method("encode", (args, kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Bind("encode", args[1..], kw, new[] { "encoding", "errors" }, v);
            return new PyBytes(Codecs.Encode(((PyStr)args[0]).Value, v[0] is null ? "utf-8" : TextArg("encode", "encoding", v[0]!), v[1] is null ? "strict" : TextArg("encode", "errors", v[1]!)));
        });
    }

    private static string TextArg(string function, string parameter, PyObject o) =>
        o is PyStr s ? s.Value : throw Errors.BadArgument(function, $"argument '{parameter}'", "str", o);
}
