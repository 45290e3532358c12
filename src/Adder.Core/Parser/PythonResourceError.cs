namespace Adder.Parser;

/// <summary>
/// A resource limit hit while reading source, reported as the Python exception CPython raises there:
/// MemoryError (with no message) for input nested too deeply for the parser, RecursionError for a
/// tree too deep to convert or compile.
/// </summary>
public sealed class PythonResourceError : Exception
{
    private PythonResourceError(string typeName, string msg)
        : base(msg.Length == 0 ? typeName : typeName + ": " + msg)
    {
        TypeName = typeName;
        Msg = msg;
    }

    public string TypeName { get; }
    public string Msg { get; }

    /// <summary>The parser's stack limit (Parser/parser.c: MAXSTACK).</summary>
    public static PythonResourceError ParserStackOverflow() => new("MemoryError", "");

    public static PythonResourceError RecursionLimit(string during) => new("RecursionError", "maximum recursion depth exceeded during " + during);
}
