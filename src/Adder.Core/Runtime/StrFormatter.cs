using System.Text;

namespace Adder.Runtime;

/// <summary>
/// str.format and str.format_map (Objects/stringlib/unicode_format.h): replacement fields with
/// positional, automatic and keyword names, attribute and index lookups, !r/!s/!a conversions and
/// format specs that may themselves hold fields (two levels deep), with CPython's error messages.
/// </summary>
internal static class StrFormatter
{
    private sealed class Arguments
    {
        public required PyObject[] Positional;
        public PyObject[]? KeywordNames;
        public PyObject[]? KeywordValues;
        public PyObject? Mapping;
        public int AutoNumber; // -1 once manual numbering is used
        public bool Manual;
    }

    public static string Format(string format, ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        int nkw = kwNames?.Length ?? 0;
        var arguments = new Arguments
        {
            Positional = args[..^nkw].ToArray(),
            KeywordNames = kwNames,
            KeywordValues = nkw == 0 ? null : args[^nkw..].ToArray(),
        };
        var sb = new StringBuilder(format.Length + 16);
        Render(sb, format, arguments, depth: 2);
        return sb.ToString();
    }

    public static string FormatMap(string format, PyObject mapping)
    {
        var arguments = new Arguments { Positional = Array.Empty<PyObject>(), Mapping = mapping };
        var sb = new StringBuilder(format.Length + 16);
        Render(sb, format, arguments, depth: 2);
        return sb.ToString();
    }

    private static void Render(StringBuilder sb, string format, Arguments arguments, int depth)
    {
        if (depth <= 0)
            throw Errors.Value("Max string recursion exceeded");
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c == '}')
            {
                if (i < format.Length && format[i] == '}')
                {
                    sb.Append('}');
                    i++;
                    continue;
                }
                throw Errors.Value("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }
            if (i >= format.Length)
                throw Errors.Value("Single '{' encountered in format string");
            if (format[i] == '{')
            {
                sb.Append('{');
                i++;
                continue;
            }
            i = Field(sb, format, i, arguments, depth);
        }
    }

    /// <summary>Renders the field starting after its '{' at <paramref name="i"/>; returns the index after its '}'.</summary>
    private static int Field(StringBuilder sb, string format, int i, Arguments arguments, int depth)
    {
        int nameStart = i;
        char terminator = '\0';
        while (i < format.Length)
        {
            char c = format[i++];
            if (c == '[')
            {
                while (i < format.Length && format[i] != ']')
                    i++;
                continue;
            }
            if (c == '{')
                throw Errors.Value("unexpected '{' in field name");
            if (c is '}' or ':' or '!')
            {
                terminator = c;
                break;
            }
        }
        if (terminator == '\0')
            throw Errors.Value("expected '}' before end of string");
        string name = format[nameStart..(i - 1)];
        char conversion = '\0';
        if (terminator == '!')
        {
            if (i >= format.Length)
                throw Errors.Value("unmatched '{' in format spec");
            conversion = format[i++];
            if (i >= format.Length)
                throw Errors.Value("unmatched '{' in format spec");
            terminator = format[i++];
            if (terminator is not ('}' or ':'))
                throw Errors.Value("expected ':' after conversion specifier");
        }
        string spec = "";
        if (terminator == ':')
        {
            int specStart = i, nesting = 1;
            while (i < format.Length)
            {
                char c = format[i];
                if (c == '{')
                    nesting++;
                else if (c == '}' && --nesting == 0)
                    break;
                i++;
            }
            if (i >= format.Length)
                throw Errors.Value("unmatched '{' in format spec");
            spec = format[specStart..i];
            i++;
        }
        var value = Lookup(name, arguments);
        value = conversion switch
        {
            '\0' => value,
            'r' => new PyStr(Ops.Repr(value)),
            's' => new PyStr(Ops.Str(value)),
            'a' => new PyStr(BuiltinFunctions.AsciiRepr(Ops.Repr(value))),
            _ => throw Errors.Value($"Unknown conversion specifier {ConversionText(conversion)}"),
        };
        if (spec.Contains('{') || spec.Contains('}'))
        {
            var expanded = new StringBuilder();
            Render(expanded, spec, arguments, depth - 1);
            spec = expanded.ToString();
        }
        sb.Append(Ops.Format(value, spec));
        return i;
    }

    private static string ConversionText(char c) => c < 0x80 ? c.ToString() : $"\\x{(int)c:x}";

    /// <summary>The object a field name designates: an argument, then its attributes and items.</summary>
    private static PyObject Lookup(string name, Arguments arguments)
    {
        int end = 0;
        while (end < name.Length && name[end] is not ('.' or '['))
            end++;
        string first = name[..end];
        PyObject value;
        if (first.Length == 0 || IsDigits(first))
        {
            int index;
            if (first.Length == 0)
            {
                if (arguments.Manual)
                    throw Errors.Value("cannot switch from manual field specification to automatic field numbering");
                index = arguments.AutoNumber++;
            }
            else
            {
                if (arguments.AutoNumber > 0)
                    throw Errors.Value("cannot switch from automatic field numbering to manual field specification");
                arguments.Manual = true;
                index = int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parsed)
                    ? parsed : throw Errors.Value("Too many decimal digits in format string");
            }
            if (arguments.Mapping is not null)
                throw Errors.Value("Format string contains positional fields");
            var positional = arguments.Positional;
            value = index < positional.Length ? positional[index]
                : throw Errors.Index($"Replacement index {index} out of range for positional args tuple");
        }
        else
        {
            value = Keyword(first, arguments);
        }
        int i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int start = ++i;
                while (i < name.Length && name[i] is not ('.' or '['))
                    i++;
                if (i == start)
                    throw Errors.Value("Empty attribute in format string");
                value = Ops.GetAttr(value, name[start..i]);
            }
            else
            {
                int start = ++i;
                while (i < name.Length && name[i] != ']')
                    i++;
                if (i == start)
                    throw Errors.Value("Empty attribute in format string");
                string key = name[start..i];
                i++; // the ']'
                value = Ops.GetItem(value, IsDigits(key) ? PyInt.From(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)) : new PyStr(key));
                if (i < name.Length && name[i] is not ('.' or '['))
                    throw Errors.Value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static PyObject Keyword(string name, Arguments arguments)
    {
        if (arguments.Mapping is { } mapping)
            return Ops.GetItem(mapping, new PyStr(name));
        var names = arguments.KeywordNames;
        if (names is not null)
        {
            for (int k = 0; k < names.Length; k++)
            {
                if (((PyStr)names[k]).Value == name)
                    return arguments.KeywordValues![k];
            }
        }
        throw new PyException(new PyBaseException(ExceptionTypes.KeyError, new PyTuple(new PyObject[] { new PyStr(name) })));
    }

    private static bool IsDigits(string s)
    {
        if (s.Length == 0)
            return false;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return s.Length < 19;
    }
}
