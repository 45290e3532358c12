using System.Globalization;
using System.Numerics;
using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>
/// The format mini-language for str, int, float and complex (Python/formatter_unicode.c):
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
/// </summary>
internal static class FormatSpec
{
    private sealed class Spec
    {
        public string Fill = " ";
        public char Align;
        public char Sign;
        public bool NoNegativeZero;
        public bool Alternate;
        public long Width = -1;
        public char Grouping;
        public long Precision = -1;
        public int Type; // a code point: the type letter, '\0' when absent
    }

    /// <summary>Parsed specs by text: a format in a loop (an f-string's <c>{x:10.2f}</c>) parses once. A small
    /// table of immutable entries, each replaced whole, so that threads need no lock.</summary>
    private sealed record ParsedSpec(string Text, char DefaultType, char DefaultAlign, Spec Spec);

    private static readonly ParsedSpec?[] s_parsed = new ParsedSpec?[64];

    private static Spec Parse(string spec, char defaultType, char defaultAlign, string typeName)
    {
        int slot = (spec.GetHashCode() ^ defaultType) & (s_parsed.Length - 1);
        if (s_parsed[slot] is { } cached && cached.DefaultType == defaultType && cached.DefaultAlign == defaultAlign
            && string.Equals(cached.Text, spec, StringComparison.Ordinal))
            return cached.Spec;
        var parsed = ParseText(spec, defaultType, defaultAlign, typeName);
        s_parsed[slot] = new ParsedSpec(spec, defaultType, defaultAlign, parsed);
        return parsed;
    }

    /// <remarks>The result is never changed afterwards (it is shared through <see cref="s_parsed"/>).</remarks>
    private static Spec ParseText(string spec, char defaultType, char defaultAlign, string typeName)
    {
        var f = new Spec { Align = defaultAlign, Type = defaultType };
        int i = 0, end = spec.Length;
        bool alignSpecified = false, fillSpecified = false;
        int firstLength = end > 0 && char.IsHighSurrogate(spec[0]) && end > 1 && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end - i >= firstLength + 1 && IsAlign(spec[firstLength]))
        {
            f.Fill = spec[..firstLength];
            f.Align = spec[firstLength];
            fillSpecified = alignSpecified = true;
            i = firstLength + 1;
        }
        else if (end - i >= 1 && IsAlign(spec[i]))
        {
            f.Align = spec[i++];
            alignSpecified = true;
        }
        if (i < end && spec[i] is '+' or '-' or ' ')
            f.Sign = spec[i++];
        if (i < end && spec[i] == 'z')
        {
            f.NoNegativeZero = true;
            i++;
        }
        if (i < end && spec[i] == '#')
        {
            f.Alternate = true;
            i++;
        }
        if (!fillSpecified && i < end && spec[i] == '0')
        {
            f.Fill = "0";
            if (!alignSpecified && defaultAlign == '>')
                f.Align = '=';
            i++;
        }
        if (ReadInteger(spec, ref i, out long width))
            f.Width = width;
        if (i < end && spec[i] == ',')
        {
            f.Grouping = ',';
            i++;
        }
        if (i < end && spec[i] == '_')
        {
            if (f.Grouping != '\0')
                throw Errors.Value("Cannot specify both ',' and '_'.");
            f.Grouping = '_';
            i++;
        }
        if (i < end && spec[i] == ',' && f.Grouping == '_')
            throw Errors.Value("Cannot specify both ',' and '_'.");
        if (i < end && spec[i] == '.')
        {
            i++;
            if (!ReadInteger(spec, ref i, out long precision))
                throw Errors.Value("Format specifier missing precision");
            f.Precision = precision;
        }
        int typeLength = end - i == 2 && char.IsSurrogatePair(spec[i], spec[i + 1]) ? 1 : end - i; // in code points
        if (typeLength > 1)
            throw Errors.Value($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (typeLength == 1)
            f.Type = char.ConvertToUtf32(spec, i);
        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    break;
                default:
                    throw Errors.Value(f.Type > 32 && f.Type < 128
                        ? $"Cannot specify '{f.Grouping}' with '{(char)f.Type}'."
                        : $"Cannot specify '{f.Grouping}' with '\\x{(int)f.Type:x}'.");
            }
        }
        return f;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static bool ReadInteger(string spec, ref int i, out long value)
    {
        value = 0;
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            int d = spec[i] - '0';
            if (value > (long.MaxValue - d) / 10)
                throw Errors.Value("Too many decimal digits in format string");
            value = value * 10 + d;
            i++;
        }
        return i > start;
    }

    private static PyException Unknown(int type, string typeName) => Errors.Value(type > 32 && type < 128
        ? $"Unknown format code '{(char)type}' for object of type '{typeName}'"
        : $"Unknown format code '\\x{(int)type:x}' for object of type '{typeName}'");

    /// <summary>format(value, spec) for the builtin types, or a TypeError for others with a non-empty spec.</summary>
    public static string Format(PyObject value, string specText)
    {
        switch (value)
        {
            case PyStr s:
                return FormatStr(s.Value, specText, s.Type.Name);
            case PyInt i:
                return FormatInt(i, specText);
            case PyFloat f:
                return FormatFloat(f.Value, specText, "float");
            case PyComplex c:
                return FormatComplex(c.Value, specText);
        }
        if (specText.Length == 0)
            return Ops.Str(value);
        throw Errors.Type($"unsupported format string passed to {value.Type.Name}.__format__");
    }

    public static string FormatStr(string value, string specText, string typeName = "str")
    {
        if (specText.Length == 0)
            return value;
        var spec = Parse(specText, 's', '<', typeName);
        if (spec.Type != 's')
            throw Unknown(spec.Type, typeName);
        if (spec.Sign != '\0')
            throw Errors.Value(spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (spec.NoNegativeZero)
            throw Errors.Value("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate)
            throw Errors.Value("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=')
            throw Errors.Value("'=' alignment not allowed in string format specifier");
        string text = value;
        long length = CodePoints(text);
        if (spec.Precision >= 0 && spec.Precision < length)
        {
            text = TakeCodePoints(text, (int)spec.Precision);
            length = spec.Precision;
        }
        return Pad(text, length, spec);
    }

    private static long CodePoints(string s)
    {
        long n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    private static string TakeCodePoints(string s, int count)
    {
        int i = 0;
        for (int k = 0; k < count && i < s.Length; k++)
            i += i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return s[..i];
    }

    /// <summary>Pads a whole field (str, complex): left, right or centred.</summary>
    private static string Pad(string text, long length, Spec spec)
    {
        if (spec.Width <= length)
            return text;
        long padding = spec.Width - length;
        long left = spec.Align switch { '>' => padding, '^' => padding / 2, _ => 0 };
        var sb = new StringBuilder();
        Repeat(sb, spec.Fill, left);
        sb.Append(text);
        Repeat(sb, spec.Fill, padding - left);
        return sb.ToString();
    }

    private static void Repeat(StringBuilder sb, string fill, long count)
    {
        if (count > int.MaxValue / 2)
            throw Errors.Memory();
        if (fill.Length == 1)
            sb.Append(fill[0], (int)count);
        else
        {
            for (long k = 0; k < count; k++)
                sb.Append(fill);
        }
    }

    public static string FormatInt(PyInt value, string specText)
    {
        if (specText.Length == 0)
            return value is PyBool ? Ops.Str(value) : IntText.ToDecimal(value);
        var spec = Parse(specText, 'd', '>', value.Type.Name);
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(PyInt.AsDouble(value), spec);
            default:
                throw Unknown(spec.Type, value.Type.Name);
        }
        if (spec.Precision != -1)
            throw Errors.Value("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero)
            throw Errors.Value("Negative zero coercion (z) not allowed in integer format specifier");
        var v = value.AsBig;
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
                throw Errors.Value("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate)
                throw Errors.Value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.Sign < 0 || v > 0x10FFFF)
                throw Errors.Raise(ExceptionTypes.OverflowError, "%c arg not in range(0x110000)");
            int cp = (int)v;
            string ch = cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            return Number("", "", "", ch, 1, '\0', spec);
        }
        string digits;
        string prefix = "";
        var abs = BigInteger.Abs(v);
        switch (spec.Type)
        {
            case 'x':
            case 'X':
                digits = IntText.ToRadix(abs, 16);
                if (spec.Type == 'X')
                    digits = digits.ToUpperInvariant();
                prefix = spec.Alternate ? (spec.Type == 'x' ? "0x" : "0X") : "";
                break;
            case 'o':
                digits = IntText.ToRadix(abs, 8);
                prefix = spec.Alternate ? "0o" : "";
                break;
            case 'b':
                digits = IntText.ToRadix(abs, 2);
                prefix = spec.Alternate ? "0b" : "";
                break;
            default:
                digits = IntText.ToDecimal(abs);
                break;
        }
        char grouping = spec.Type == 'n' ? '\0' : spec.Grouping;
        int groupSize = spec.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3;
        return Number(SignOf(v.Sign < 0, spec), prefix, digits, "", groupSize, grouping, spec);
    }

    private static string SignOf(bool negative, Spec spec) =>
        negative ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";

    /// <summary>
    /// Lays out a number: [lpad] sign prefix [zero/fill padding] grouped-digits remainder [rpad]
    /// (formatter_unicode.c: calc_number_widths and fill_number).
    /// </summary>
    private static string Number(string sign, string prefix, string digits, string remainder, int groupSize, char grouping, Spec spec)
    {
        long nonDigits = sign.Length + prefix.Length + remainder.Length;
        long minWidth = spec.Fill == "0" && spec.Align == '=' ? spec.Width - nonDigits : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, grouping, groupSize, minWidth);
        long total = nonDigits + grouped.Length;
        long padding = spec.Width - total;
        var sb = new StringBuilder();
        if (padding > 0 && spec.Align == '>')
            Repeat(sb, spec.Fill, padding);
        else if (padding > 0 && spec.Align == '^')
            Repeat(sb, spec.Fill, padding / 2);
        sb.Append(sign).Append(prefix);
        if (padding > 0 && spec.Align == '=')
            Repeat(sb, spec.Fill, padding);
        sb.Append(grouped).Append(remainder);
        if (padding > 0 && spec.Align == '<')
            Repeat(sb, spec.Fill, padding);
        else if (padding > 0 && spec.Align == '^')
            Repeat(sb, spec.Fill, padding - padding / 2);
        return sb.ToString();
    }

    /// <summary>Digits with a separator every <paramref name="size"/> from the right (none when
    /// <paramref name="separator"/> is '\0'), zero-extended on the left to at least <paramref name="minWidth"/>.</summary>
    private static string Group(string digits, char separator, int size, long minWidth)
    {
        if (separator == '\0')
            return minWidth > digits.Length ? new string('0', (int)Math.Min(minWidth - digits.Length, int.MaxValue / 2)) + digits : digits;
        var parts = new List<string>();
        int remaining = digits.Length;
        while (true)
        {
            long l = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            int chars = (int)Math.Max(0, Math.Min(remaining, l));
            int zeros = (int)Math.Max(0, l - remaining);
            parts.Add(new string('0', zeros) + digits.Substring(remaining - chars, chars));
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0)
                break;
            parts.Add(separator.ToString());
            minWidth -= 1;
        }
        parts.Reverse();
        return string.Concat(parts);
    }

    public static string FormatFloat(double value, string specText, string typeName)
    {
        if (specText.Length == 0)
            return FloatFormat.Repr(value);
        var spec = Parse(specText, '\0', '>', typeName);
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw Unknown(spec.Type, typeName);
        return FormatFloat(value, spec);
    }

    private static string FloatText(double value, Spec spec, bool forComplex, out bool skip)
    {
        skip = false;
        if (spec.Precision > int.MaxValue)
            throw Errors.Value("precision too big");
        int precision = (int)spec.Precision;
        int type = spec.Type;
        int defaultPrecision = 6;
        bool addDotZero = false;
        if (type == '\0')
        {
            addDotZero = !forComplex;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n')
            type = 'g';
        bool percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0)
            precision = defaultPrecision;
        else if (type == 'r')
            type = 'g';
        return FloatFormat.Format(value, (char)type, precision, spec.Alternate, addDotZero, spec.NoNegativeZero) + (percent ? "%" : "");
    }

    private static string FormatFloat(double value, Spec spec)
    {
        string text = FloatText(value, spec, false, out _);
        return LayoutFloat(text, spec, spec.Sign);
    }

    /// <summary>Splits a formatted float into sign, integer digits and the rest, then lays it out.</summary>
    private static string LayoutFloat(string text, Spec spec, char signOption)
    {
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative)
            text = text[1..];
        int k = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
            k++;
        string sign = negative ? "-" : signOption == '+' ? "+" : signOption == ' ' ? " " : "";
        char grouping = spec.Type == 'n' ? '\0' : spec.Grouping;
        return Number(sign, "", text[..k], text[k..], 3, grouping, spec);
    }

    public static string FormatComplex(System.Numerics.Complex value, string specText)
    {
        if (specText.Length == 0)
            return new PyComplex(value).ToString();
        var spec = Parse(specText, '\0', '>', "complex");
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw Unknown(spec.Type, "complex");
        if (spec.Precision > int.MaxValue)
            throw Errors.Value("precision too big");
        if (spec.Fill == "0")
            throw Errors.Value("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=')
            throw Errors.Value("'=' alignment flag is not allowed in complex format specifier");
        double re = value.Real, im = value.Imaginary;
        bool skipRe = false, parens = false;
        if (spec.Type == '\0')
        {
            if (re == 0 && !double.IsNegative(re))
                skipRe = true;
            else
                parens = true;
        }
        var inner = new Spec
        {
            Fill = " ", Align = '<', Sign = spec.Sign, NoNegativeZero = spec.NoNegativeZero, Alternate = spec.Alternate,
            Width = -1, Grouping = spec.Grouping, Precision = spec.Precision, Type = spec.Type,
        };
        string reText = skipRe ? "" : LayoutFloat(FloatText(re, inner, true, out _), inner, spec.Sign);
        string imText = LayoutFloat(FloatText(im, inner, true, out _), inner, skipRe ? spec.Sign : '+');
        string body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
        return Pad(body, body.Length, spec);
    }
}
