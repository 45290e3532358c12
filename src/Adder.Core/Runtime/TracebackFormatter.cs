using System.Text;

namespace Adder.Runtime;

/// <summary>Formats an uncaught exception the way CPython's default excepthook does.</summary>
public static class TracebackFormatter
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
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
        string message = Ops.Str(e);
        sb.Append(e.Type.Name);
        if (message.Length > 0)
            sb.Append(": ").Append(message);
        sb.Append('\n');
        return sb.ToString();
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
