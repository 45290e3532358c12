using System.Globalization;
using System.Numerics;
using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>
/// The format mini-language for str, int and float (Python/formatter_unicode.c):
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
/// </summary>
internal static class FormatSpec
{
    private sealed record Spec(char Fill, char Align, char Sign, bool Alternate, int Width, char Grouping, int Precision, char Type);

    private static Spec Parse(string spec)
    {
        int i = 0;
        char fill = ' ', align = '\0', sign = '-', grouping = '\0', type = '\0';
        bool alternate = false;
        int width = -1, precision = -1;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            fill = spec[0];
            align = spec[1];
            i = 2;
        }
        else if (spec.Length >= 1 && spec[0] is '<' or '>' or '^' or '=')
        {
            align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
            sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z')
            i++;
        if (i < spec.Length && spec[i] == '#')
        {
            alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0')
        {
            if (align == '\0')
            {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            i++;
        if (i > start)
            width = int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        if (i < spec.Length && spec[i] is ',' or '_')
            grouping = spec[i++];
        if (i < spec.Length && spec[i] == '.')
        {
            start = ++i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
                i++;
            if (i == start)
                throw Errors.Value("Format specifier missing precision");
            precision = int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        }
        if (i < spec.Length)
            type = spec[i++];
        if (i < spec.Length)
            throw Errors.Value("Invalid format specifier");
        return new Spec(fill, align, sign, alternate, width, grouping, precision, type);
    }

    public static string Format(PyObject value, string specText)
    {
        var spec = Parse(specText);
        switch (value)
        {
            case PyStr s:
                if (spec.Type is not ('\0' or 's'))
                    throw Errors.Value($"Unknown format code '{spec.Type}' for object of type 'str'");
                string text = spec.Precision >= 0 && spec.Precision < s.Value.Length ? s.Value[..spec.Precision] : s.Value;
                return Pad(text, "", spec, '<');
            case PyBool when spec.Type == '\0':
                return Pad(Ops.Str(value), "", spec, '<');
            case PyInt i when spec.Type is '\0' or 'd' or 'n' or 'x' or 'X' or 'o' or 'b' or 'c':
                return FormatInt(i.AsBig, spec);
            case PyInt i:
                return FormatFloat(PyInt.ToDouble(i), spec);
            case PyFloat f:
                return FormatFloat(f.Value, spec);
        }
        if (specText.Length == 0)
            return Ops.Str(value);
        throw Errors.Type($"unsupported format string passed to {value.Type.Name}.__format__");
    }

    private static string FormatInt(BigInteger v, Spec spec)
    {
        if (spec.Precision >= 0)
            throw Errors.Value("Precision not allowed in integer format specifier");
        string digits;
        string prefix = "";
        var abs = BigInteger.Abs(v);
        switch (spec.Type)
        {
            case 'x':
            case 'X':
                digits = abs.IsZero ? "0" : abs.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
                if (spec.Type == 'X')
                    digits = digits.ToUpperInvariant();
                prefix = spec.Alternate ? (spec.Type == 'x' ? "0x" : "0X") : "";
                break;
            case 'o':
                digits = ToRadix(abs, 8);
                prefix = spec.Alternate ? "0o" : "";
                break;
            case 'b':
                digits = ToRadix(abs, 2);
                prefix = spec.Alternate ? "0b" : "";
                break;
            case 'c':
                return Pad(char.ConvertFromUtf32((int)v), "", spec, '<');
            default:
                digits = abs.ToString(CultureInfo.InvariantCulture);
                break;
        }
        if (spec.Grouping != '\0')
            digits = Group(digits, spec.Grouping, spec.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
        string sign = v.Sign < 0 ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return Pad(digits, sign + prefix, spec, '>');
    }

    private static string ToRadix(BigInteger v, int radix)
    {
        if (v.IsZero)
            return "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            sb.Insert(0, (char)('0' + (int)(v % radix)));
            v /= radix;
        }
        return sb.ToString();
    }

    private static string FormatFloat(double d, Spec spec)
    {
        char type = spec.Type;
        int precision = spec.Precision < 0 ? 6 : spec.Precision;
        string body;
        bool negative = double.IsNegative(d) && !double.IsNaN(d);
        double a = Math.Abs(d);
        if (double.IsInfinity(a) || double.IsNaN(a))
        {
            body = double.IsNaN(a) ? "nan" : "inf";
            if (type is 'F' or 'E' or 'G')
                body = body.ToUpperInvariant();
        }
        else
        {
            switch (type)
            {
                case 'f':
                case 'F':
                    body = a.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    break;
                case '%':
                    body = (a * 100).ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
                    break;
                case 'e':
                case 'E':
                    body = Exponent(a, precision, type);
                    break;
                case 'g':
                case 'G':
                case '\0' when spec.Precision >= 0:
                {
                    int p = precision == 0 ? 1 : precision;
                    int exp = a == 0 ? 0 : (int)Math.Floor(Math.Log10(a));
                    // Rounding can carry into the next decade.
                    if (a != 0 && double.Parse(a.ToString("E" + (p - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) >= Math.Pow(10, exp + 1))
                        exp++;
                    if (exp >= -4 && exp < p)
                    {
                        body = a.ToString("F" + Math.Max(0, p - 1 - exp).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                        if (!spec.Alternate && body.Contains('.'))
                            body = body.TrimEnd('0').TrimEnd('.');
                    }
                    else
                    {
                        body = Exponent(a, p - 1, type == 'G' ? 'E' : 'e');
                        if (!spec.Alternate)
                        {
                            int e = body.IndexOfAny(new[] { 'e', 'E' });
                            string mantissa = body[..e];
                            if (mantissa.Contains('.'))
                                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
                            body = mantissa + body[e..];
                        }
                    }
                    if (type == '\0' && !body.Contains('.') && !body.Contains('e') && !body.Contains("inf"))
                        body += ".0";
                    break;
                }
                case '\0':
                    body = FloatFormat.Repr(a);
                    break;
                default:
                    throw Errors.Value($"Unknown format code '{type}' for object of type 'float'");
            }
        }
        if (spec.Grouping != '\0')
        {
            int dot = body.IndexOfAny(new[] { '.', 'e', 'E', '%' });
            string intPart = dot < 0 ? body : body[..dot];
            body = Group(intPart, spec.Grouping, 3) + (dot < 0 ? "" : body[dot..]);
        }
        string sign = negative ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return Pad(body, sign, spec, '>');
    }

    private static string Exponent(double a, int precision, char e)
    {
        string s = a.ToString((e == 'E' ? "E" : "e") + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // .NET writes e+006; Python writes e+06.
        int i = s.IndexOfAny(new[] { 'e', 'E' });
        string mantissa = s[..i];
        char expSign = s[i + 1];
        int exp = int.Parse(s.AsSpan(i + 2), CultureInfo.InvariantCulture);
        return mantissa + e + expSign + exp.ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Group(string digits, char separator, int size)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0)
                sb.Append(separator);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    private static string Pad(string body, string prefix, Spec spec, char defaultAlign)
    {
        int length = prefix.Length + body.Length;
        if (spec.Width <= length)
            return prefix + body;
        int padding = spec.Width - length;
        char align = spec.Align == '\0' ? defaultAlign : spec.Align;
        return align switch
        {
            '<' => prefix + body + new string(spec.Fill, padding),
            '^' => new string(spec.Fill, padding / 2) + prefix + body + new string(spec.Fill, padding - padding / 2),
            '=' => prefix + new string(spec.Fill, padding) + body,
            _ => new string(spec.Fill, padding) + prefix + body,
        };
    }
}
