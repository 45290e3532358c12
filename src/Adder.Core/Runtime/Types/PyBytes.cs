using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>bytes (the builtin-types issue adds bytearray and the remaining methods).</summary>
public sealed class PyBytes : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("bytes");

    public readonly byte[] Value;

    public PyBytes(byte[] value)
        : base(TypeObject)
    {
        Value = value;
    }

    public override string ToString() => StringRepr.AppendBytes(new StringBuilder(), Value).ToString();

    public static void Register(PyDict builtins)
    {
        builtins.Set("bytes", TypeObject);
        TypeObject.New = (cls, args) => args.Length switch
        {
            0 => new PyBytes(Array.Empty<byte>()),
            _ when args[0] is PyInt n => new PyBytes(new byte[n.Value]),
            _ when args[0] is PyStr s => args.Length > 1 ? new PyBytes(Encode(s.Value, Ops.Str(args[1])))
                : throw Errors.Type("string argument without an encoding"),
            _ when args[0] is PyBytes b => b,
            _ => new PyBytes(Ops.UnpackSequenceAny(args[0]).Select(x => x is PyInt i && i.Value is >= 0 and <= 255
                ? (byte)i.Value : throw Errors.Value("bytes must be in range(0, 256)")).ToArray()),
        };
        Method("decode", (args, kw) => new PyStr(Decode(((PyBytes)args[0]).Value, args.Length > 1 ? Ops.Str(args[1]) : "utf-8")));
        Method("hex", (args, kw) => new PyStr(Convert.ToHexString(((PyBytes)args[0]).Value).ToLowerInvariant()));
        Method("upper", (args, kw) => new PyBytes(((PyBytes)args[0]).Value.Select(b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b).ToArray()));
        Method("lower", (args, kw) => new PyBytes(((PyBytes)args[0]).Value.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b).ToArray()));
        Method("find", (args, kw) => PyInt.From(((PyBytes)args[0]).Value.AsSpan().IndexOf(((PyBytes)args[1]).Value)));
        Method("startswith", (args, kw) => PyBool.From(((PyBytes)args[0]).Value.AsSpan().StartsWith(((PyBytes)args[1]).Value)));
        Method("endswith", (args, kw) => PyBool.From(((PyBytes)args[0]).Value.AsSpan().EndsWith(((PyBytes)args[1]).Value)));
        Method("replace", (args, kw) => new PyBytes(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)args[0]).Value)
            .Replace(Encoding.Latin1.GetString(((PyBytes)args[1]).Value), Encoding.Latin1.GetString(((PyBytes)args[2]).Value), StringComparison.Ordinal))));
        Method("split", (args, kw) => new PyList(Encoding.Latin1.GetString(((PyBytes)args[0]).Value)
            .Split(Encoding.Latin1.GetString(((PyBytes)args[1]).Value)).Select(p => (PyObject)new PyBytes(Encoding.Latin1.GetBytes(p))).ToList()));
        Method("join", (args, kw) =>
        {
            var sep = ((PyBytes)args[0]).Value;
            var result = new List<byte>();
            var parts = Ops.UnpackSequenceAny(args[1]);
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                    result.AddRange(sep);
                result.AddRange(parts[i] is PyBytes b ? b.Value : throw Errors.Type($"sequence item {i}: expected a bytes-like object, {parts[i].Type.Name} found"));
            }
            return new PyBytes(result.ToArray());
        });
        TypeObject.SetAttribute("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (args, kw) =>
            new PyBytes(Convert.FromHexString(Ops.Str(args[1]).Replace(" ", "", StringComparison.Ordinal))))));
        PyStr.TypeObject.Method("encode", (args, kw) =>
            new PyBytes(Encode(((PyStr)args[0]).Value, args.Length > 1 ? Ops.Str(args[1]) : "utf-8")));
    }

    private static void Method(string name, PyBuiltinFunction.Body body) => TypeObject.Method(name, body);

    private static Encoding EncodingFor(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(false, true),
        "ascii" or "us-ascii" => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1,
        var other => throw Errors.Raise(ExceptionTypes.LookupError, $"unknown encoding: {other}"),
    };

    private static byte[] Encode(string s, string encoding)
    {
        try
        {
            return EncodingFor(encoding).GetBytes(s);
        }
        catch (EncoderFallbackException e)
        {
            throw Errors.Raise(ExceptionTypes.UnicodeError, $"'{encoding}' codec can't encode character '\\x{(int)e.CharUnknown:x2}' in position {e.Index}: ordinal not in range(128)");
        }
    }

    private static string Decode(byte[] b, string encoding)
    {
        try
        {
            return EncodingFor(encoding).GetString(b);
        }
        catch (DecoderFallbackException)
        {
            var (start, end, reason) = Parser.SourceDecoder.Utf8Error(b);
            var error = Ops.Call(ExceptionTypes.UnicodeDecodeError, new PyObject[]
            {
                new PyStr(encoding), new PyBytes(b), PyInt.From(start), PyInt.From(end), new PyStr(reason),
            });
            throw new PyException((PyBaseException)error);
        }
    }
}
