using System.Text;

namespace Adder.Runtime;

/// <summary>Formats an uncaught exception the way CPython's default excepthook does (Python/pythonrun.c:
/// print_exception_recursive, with the exception-group layout of traceback.TracebackException).</summary>
public static class TracebackFormatter
{
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        AppendChain(sb, e, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance), "", 0);
        return sb.ToString();
    }

    // CPython shows at most this many nested groups and this many exceptions per group.
    private const int MaxGroupDepth = 10;
    private const int MaxGroupWidth = 15;

    /// <summary>Prints the cause or context first, as CPython does, guarding against cycles.</summary>
    private static void AppendChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen, string margin, int depth)
    {
        seen.Add(e);
        if (e.Cause is { } cause && !seen.Contains(cause))
        {
            AppendChain(sb, cause, seen, margin, depth);
            AppendLine(sb, margin, "");
            AppendLine(sb, margin, "The above exception was the direct cause of the following exception:");
            AppendLine(sb, margin, "");
        }
        else if (e.Context is { } context && !e.SuppressContext && !seen.Contains(context))
        {
            AppendChain(sb, context, seen, margin, depth);
            AppendLine(sb, margin, "");
            AppendLine(sb, margin, "During handling of the above exception, another exception occurred:");
            AppendLine(sb, margin, "");
        }
        if (e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            AppendGroup(sb, e, seen, margin, depth);
        else
            AppendOne(sb, e, margin, "Traceback (most recent call last):");
    }

    private static void AppendLine(StringBuilder sb, string margin, string text)
    {
        sb.Append(margin).Append(text).Append('\n');
    }

    private static void AppendGroup(StringBuilder sb, PyBaseException group, HashSet<PyBaseException> seen, string margin, int depth)
    {
        bool top = depth == 0;
        string groupMargin = top ? margin + "  | " : margin + "| ";
        // The first line of a group carries a "+" in the margin.
        var header = new StringBuilder();
        AppendOne(header, group, groupMargin, "Exception Group Traceback (most recent call last):");
        var headerText = header.ToString();
        int firstBar = headerText.IndexOf('|');
        sb.Append(headerText[..firstBar]).Append('+').Append(headerText[(firstBar + 1)..]);

        var parts = PyExceptionGroup.Exceptions(group);
        string inner = top ? margin + "  " : margin;
        if (depth >= MaxGroupDepth)
        {
            sb.Append(inner).Append("+-+---------------- ... ----------------\n");
            sb.Append(inner).Append("  | ... (max_group_depth is ").Append(MaxGroupDepth).Append(")\n");
            sb.Append(inner).Append("  +------------------------------------\n");
            return;
        }
        int shown = Math.Min(parts.Length, MaxGroupWidth);
        for (int i = 0; i < shown; i++)
        {
            string title = i == 0 ? "+-+" : "  +";
            sb.Append(inner).Append(title).Append("---------------- ").Append(i + 1).Append(" ----------------\n");
            var part = (PyBaseException)parts[i];
            var partText = new StringBuilder();
            AppendChain(partText, part, seen, "", depth + 1);
            foreach (var line in partText.ToString().Split('\n'))
            {
                if (line.Length == 0)
                    continue;
                string bar = line.StartsWith('+') || line.StartsWith('|') ? "  " : "  | ";
                sb.Append(inner).Append(bar).Append(line).Append('\n');
            }
        }
        if (parts.Length > MaxGroupWidth)
        {
            sb.Append(inner).Append("  +---------------- ... ----------------\n");
            int more = parts.Length - MaxGroupWidth;
            sb.Append(inner).Append("  | and ").Append(more).Append(" more exception").Append(more == 1 ? "" : "s").Append('\n');
        }
        sb.Append(inner).Append("  +------------------------------------\n");
    }

    private static void AppendOne(StringBuilder sb, PyBaseException e, string margin, string title)
    {
        if (e.Traceback is not null)
        {
            AppendLine(sb, margin, title);
            for (var tb = e.Traceback; tb is not null; tb = tb.Next)
            {
                var code = tb.Code;
                AppendLine(sb, margin, $"  File \"{code.Filename}\", line {tb.Line}, in {code.Name}");
                if (SourceLine(code.Filename, tb.Line) is { } source)
                    AppendLine(sb, margin, "    " + source);
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
        string module = e.Type.ModuleName;
        string name = module is "builtins" or "__main__" ? e.Type.Qualname : module + "." + e.Type.Qualname;
        if (Suggestions.For(e) is { } suggestion)
            message += $". Did you mean: '{suggestion}'?";
        AppendLine(sb, margin, message.Length > 0 ? name + ": " + message : name);
        if (LookupNotes(e) is { } notes)
        {
            if (notes is PyList or PyTuple)
            {
                foreach (var note in Ops.UnpackSequenceAny(notes))
                    AppendLine(sb, margin, note is PyStr s ? s.Value : SafeStr(note));
            }
            else
            {
                AppendLine(sb, margin, SafeStr(notes));
            }
        }
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
