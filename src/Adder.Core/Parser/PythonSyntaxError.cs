namespace Adder.Parser;

public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A SyntaxError-family error found while reading source. Offsets follow CPython's SyntaxError
/// attributes: 1-based, counted in characters of the error's line (<see cref="Text"/>).
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(SyntaxErrorKind kind, string msg, int lineno, int offset, int? endLineno, int? endOffset, string? text)
        : base(msg)
    {
        Kind = kind;
        Msg = msg;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string? Filename { get; set; }
    public int Lineno { get; }
    public int Offset { get; }
    public int? EndLineno { get; }
    /// <summary>Null where CPython leaves <c>end_offset</c> None.</summary>
    public int? EndOffset { get; }

    /// <summary>The source line the error points into, with its line ending, or null when unknown.</summary>
    public string? Text { get; internal set; }

    public string TypeName => Kind.ToString();

    /// <summary>Raised by the tokenizer (which CPython lets win over parser errors).</summary>
    internal bool FromTokenizer { get; set; }

    /// <summary>The parser's generic "invalid syntax" (which later lexical errors replace).</summary>
    internal bool IsGeneric { get; set; }
}
