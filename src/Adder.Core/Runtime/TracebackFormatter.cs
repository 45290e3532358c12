using System.Text;

namespace Adder.Runtime;

/// <summary>Formats an uncaught exception the way CPython's default excepthook does.</summary>
public static class TracebackFormatter
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        AppendChain(sb, e, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    /// <summary>Prints the cause or context first, as CPython does, guarding against cycles.</summary>
    private static void AppendChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen)
    {
        seen.Add(e);
        if (e.Cause is { } cause && !seen.Contains(cause))
        {
            AppendChain(sb, cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context is { } context && !e.SuppressContext && !seen.Contains(context))
        {
            AppendChain(sb, context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        AppendOne(sb, e);
    }

    private static void AppendOne(StringBuilder sb, PyBaseException e)
    {
        if (e.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var (code, line) in e.Traceback)
            {
                sb.Append("  File \"").Append(code.Filename).Append("\", line ").Append(line).Append(", in ").Append(code.Name).Append('\n');
                string? source = SourceLine(code.Filename, line);
                if (source is not null)
                    sb.Append("    ").Append(source).Append('\n');
            }
        }
        string message;
        try
        {
            message = Ops.Str(e);
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        sb.Append(e.Type.Name);
        if (message.Length > 0)
            sb.Append(": ").Append(message);
        sb.Append('\n');
    }

    private static string? SourceLine(string filename, int line)
    {
        try
        {
            var lines = File.ReadAllLines(filename);
            return line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : null;
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
