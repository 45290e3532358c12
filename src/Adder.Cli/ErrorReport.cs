using System.Text;
using Adder.Parser;

namespace Adder.Cli;

/// <summary>Formats uncaught errors exactly as CPython 3.11 prints them to stderr.</summary>
public static class ErrorReport
{
    /// <summary>The report of an uncaught SyntaxError (Python/pythonrun.c: print_error_text).</summary>
    public static string Format(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        if (e.Lineno > 0)
            sb.Append("  File \"").Append(e.Filename ?? "<string>").Append("\", line ").Append(e.Lineno).Append('\n');
        if (e.Text is not null)
        {
            string text = e.Text;
            int offset = e.Offset - 1;
            int endOffset = (e.EndOffset ?? 0) - 1;
            int strip = 0;
            while (strip < text.Length && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f'))
                strip++;
            text = text.Substring(strip);
            offset -= strip;
            endOffset -= strip;
            text = text.TrimEnd('\n');
            // CPython clips in UTF-8 bytes (its offsets are byte-based unless the source declared an encoding).
            int length = Encoding.UTF8.GetByteCount(text);
            if (offset > length)
                offset = length;
            if (endOffset > length + 1)
                endOffset = length + 1;
            sb.Append("    ").Append(text).Append('\n');
            if (offset >= 0)
            {
                // IndentationErrors always show one caret (their end is not meaningful).
                bool span = e.Kind == SyntaxErrorKind.SyntaxError && e.EndOffset > 0;
                if (span && e.EndLineno > e.Lineno)
                    endOffset = text.Length;
                int carets = span && endOffset > offset ? endOffset - offset : 1;
                sb.Append("    ").Append(' ', offset).Append('^', carets).Append('\n');
            }
        }
        sb.Append(e.TypeName).Append(": ").Append(e.Msg).Append('\n');
        return sb.ToString();
    }
}
