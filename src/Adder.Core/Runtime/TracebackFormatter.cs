using System.Text;

namespace Adder.Runtime;

/// <summary>Formats an uncaught exception the way CPython's default excepthook does (Python/pythonrun.c:
/// print_exception_recursive, with the exception-group layout of traceback.TracebackException).</summary>
public static class TracebackFormatter
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        new Printer(sb).Exception(e);
        return sb.ToString();
    }

    // CPython shows at most this many nested groups and this many exceptions per group.
    private const int MaxGroupDepth = 10;
    private const int MaxGroupWidth = 15;

    /// <summary>The layout of traceback.TracebackException.format: chained exceptions first, exception
    /// groups boxed and indented two columns a level, each line of a group behind a margin.</summary>
    private sealed class Printer
    {
        private readonly StringBuilder _sb;
        private readonly HashSet<PyBaseException> _seen = new(ReferenceEqualityComparer.Instance);
        private int _depth;
        private bool _needClose;

        public Printer(StringBuilder sb)
        {
            _sb = sb;
        }

        private string Indent => new(' ', 2 * _depth);

        /// <summary>Writes each line of <paramref name="text"/> behind the current margin.</summary>
        private void Emit(string text, char marginChar = '|')
        {
            string prefix = Indent + (_depth > 0 ? marginChar + " " : "");
            foreach (var line in text.Split('\n')[..^1])
                _sb.Append(prefix).Append(line).Append('\n');
        }

        public void Exception(PyBaseException exc)
        {
            // The chain, innermost cause first; an exception already shown ends it.
            var chain = new List<(string? Message, PyBaseException Exception)>();
            for (PyBaseException? e = exc; e is not null && _seen.Add(e);)
            {
                if (e.Cause is { } cause)
                {
                    chain.Add(("\nThe above exception was the direct cause of the following exception:\n\n", e));
                    e = cause;
                }
                else if (e.Context is { } context && !e.SuppressContext)
                {
                    chain.Add(("\nDuring handling of the above exception, another exception occurred:\n\n", e));
                    e = context;
                }
                else
                {
                    chain.Add((null, e));
                    e = null;
                }
            }
            // A cause or context already shown is not followed; its message is not printed either.
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                var (_, e) = chain[i];
                if (i < chain.Count - 1 && chain[i].Message is { } message)
                    Emit(message);
                if (e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
                    Group(e);
                else
                    Single(e);
            }
        }

        private void Single(PyBaseException e)
        {
            if (e.Traceback is not null)
            {
                Emit("Traceback (most recent call last):\n");
                Emit(Stack(e.Traceback));
            }
            Emit(ExceptionOnly(e));
        }

        private void Group(PyBaseException group)
        {
            if (_depth > MaxGroupDepth)
            {
                Emit($"... (max_group_depth is {MaxGroupDepth})\n");
                return;
            }
            bool topLevel = _depth == 0;
            if (topLevel)
                _depth++;
            if (group.Traceback is not null)
            {
                Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                Emit(Stack(group.Traceback));
            }
            Emit(ExceptionOnly(group));
            var parts = PyExceptionGroup.Exceptions(group);
            int shown = parts.Length <= MaxGroupWidth ? parts.Length : MaxGroupWidth + 1;
            _needClose = false;
            for (int i = 0; i < shown; i++)
            {
                bool last = i == shown - 1;
                if (last)
                    _needClose = true;
                bool truncated = i >= MaxGroupWidth;
                _sb.Append(Indent).Append(i == 0 ? "+-" : "  ").Append($"+---------------- {(truncated ? "..." : (i + 1).ToString())} ----------------\n");
                _depth++;
                if (!truncated)
                {
                    Exception((PyBaseException)parts[i]);
                }
                else
                {
                    int remaining = parts.Length - MaxGroupWidth;
                    Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && _needClose)
                {
                    _sb.Append(Indent).Append("+------------------------------------\n");
                    _needClose = false;
                }
                _depth--;
            }
            if (topLevel)
                _depth = 0;
        }
    }

    private static string Stack(PyTraceback traceback)
    {
        var sb = new StringBuilder();
        for (var tb = traceback; tb is not null; tb = tb.Next)
        {
            var code = tb.Code;
            sb.Append($"  File \"{code.Filename}\", line {tb.Line}, in {code.Name}\n");
            if (SourceLine(code.Filename, tb.Line) is { } source)
            {
                sb.Append("    ").Append(source.Trim(s_indentation)).Append('\n');
                if (Carets(source, code, tb.Lasti / 2) is { } carets)
                    sb.Append(carets).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>"Type: message", the suggestion, and the notes (traceback.format_exception_only).</summary>
    private static string ExceptionOnly(PyBaseException e)
    {
        string message;
        try
        {
            message = Ops.Str(e);
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        string module = e.Type.ModuleName;
        string name = module is "builtins" or "__main__" ? e.Type.Qualname : module + "." + e.Type.Qualname;
        if (Suggestions.For(e) is { } suggestion)
            message += $". Did you mean: '{suggestion}'?";
        var sb = new StringBuilder(message.Length > 0 ? name + ": " + message : name).Append('\n');
        if (LookupNotes(e) is { } notes)
        {
            if (notes is PyList or PyTuple)
            {
                foreach (var note in Ops.UnpackSequenceAny(notes))
                    sb.Append(note is PyStr s ? s.Value : SafeStr(note)).Append('\n');
            }
            else
            {
                sb.Append(SafeStr(notes)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static PyObject? LookupNotes(PyBaseException e)
    {
        try
        {
            return Ops.LookupAttr(e, "__notes__");
        }
        catch (PyException)
        {
            return null;
        }
    }

    private static string SafeStr(PyObject o)
    {
        try
        {
            return Ops.Str(o);
        }
        catch (PyException)
        {
            return "<note str() failed>";
        }
    }

    private static readonly char[] s_indentation = { ' ', '\t', '\f' };

    /// <summary>
    /// The line under a traceback's source line that points at the failing expression (Python/traceback.c:
    /// tb_displayline): "^" under it, or for a binary operation or subscript "~" under the operands and
    /// "^" under the operator or index. None when the expression is the whole line.
    /// </summary>
    private static string? Carets(string line, PyCode code, int instruction)
    {
        if (instruction < 0 || instruction * 4 + 3 >= code.Positions.Length)
            return null;
        int startLine = code.Positions[instruction * 4], endLine = code.Positions[instruction * 4 + 1];
        int startByte = code.Positions[instruction * 4 + 2], endByte = code.Positions[instruction * 4 + 3];
        if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0)
            return null;
        line = line.TrimEnd();
        int start = CharacterOffset(line, startByte);
        int end = CharacterOffset(line, endByte);
        int leftAnchor = -1, rightAnchor = -1;
        char primary = '^', secondary = '^';
        if (startLine == endLine)
        {
            if (start < end && end <= line.Length && Anchors(line[start..end]) is { } anchors)
            {
                (leftAnchor, rightAnchor) = (anchors.Left + start, anchors.Right + start);
                (primary, secondary) = ('~', '^');
            }
        }
        else
        {
            // A multi-line expression: up to the end of this line.
            end = line.Length;
        }
        int indentation = line.Length - line.TrimStart(s_indentation).Length;
        bool hasAnchors = leftAnchor != -1 || rightAnchor != -1;
        if (end - start == line.Length - indentation && !hasAnchors)
            return null;
        var sb = new StringBuilder();
        for (int offset = indentation - 4 + 1; offset <= end; offset++)
        {
            if (offset <= start)
                sb.Append(' ');
            else if (hasAnchors && leftAnchor < offset && offset <= rightAnchor)
                sb.Append(secondary);
            else
                sb.Append(primary);
        }
        return sb.ToString();
    }

    /// <summary>The characters in the first <paramref name="byteOffset"/> UTF-8 bytes of <paramref name="line"/>.</summary>
    private static int CharacterOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return byteOffset >= bytes.Length ? line.Length + (byteOffset - bytes.Length) : Encoding.UTF8.GetCharCount(bytes, 0, byteOffset);
    }

    /// <summary>For a segment that is a binary operation or a subscript: the span of the operator or
    /// index, in characters of the segment (the AST's offsets count UTF-8 bytes).</summary>
    private static (int Left, int Right)? Anchors(string segment)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(segment);
        Parser.Ast.Module module;
        try
        {
            module = Parser.PythonParser.ParseFile(bytes, "<traceback>");
        }
        catch (Parser.PythonSyntaxError)
        {
            return null;
        }
        if (module.Body is not [Parser.Ast.Expr { Value: var expr }])
            return null;
        int Chars(int byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(byteOffset, bytes.Length));
        switch (expr)
        {
            case Parser.Ast.BinOp b:
                // The first byte after the left operand that is not white space (in 3.11.2, also the
                // closing parenthesis of a parenthesized left operand); two for //, ** and the like.
                for (int i = b.Left.EndColOffset; i < b.Right.ColOffset && i < bytes.Length; i++)
                {
                    if (!IsWhiteSpace(bytes[i]))
                        return (Chars(i), Chars(i + 1 < b.Right.ColOffset && !IsWhiteSpace(bytes[i + 1]) ? i + 2 : i + 1));
                }
                return null;
            case Parser.Ast.Subscript sub:
                return (Chars(sub.Value.EndColOffset), Chars(sub.Slice.EndColOffset + 1));
            default:
                return null;
        }
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'\n' or (byte)'\r' or 0x0b;

    private static string? SourceLine(string filename, int line)
    {
        try
        {
            var lines = File.ReadAllLines(filename);
            return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
