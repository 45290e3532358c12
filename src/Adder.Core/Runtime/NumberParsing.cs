using System.Globalization;
using System.Numerics;

namespace Adder.Runtime;

/// <summary>int(str, base) and float(str): Python's rules for numbers written as text.</summary>
public static class NumberParsing
{
    /// <summary>int(str, base): the value, or ValueError naming the (repr of the) text.</summary>
    public static PyInt IntFromText(string text, int radix, PyObject original) =>
        TryIntFromText(text, radix, original, out var error) ?? throw new PyException(error!);

    /// <summary>int(str, base) without a .NET exception: the value, or null and the ValueError to raise
    /// (the interpreter raises it in Python code directly; a try/except around int() is common).</summary>
    public static PyInt? TryIntFromText(string text, int radix, PyObject original, out PyBaseException? error)
    {
        var v = ParseInt(ToAsciiDigits(text), radix, out var limitError);
        error = limitError?.Value ?? (v is null ? InvalidLiteral(radix, original).Value : null);
        return error is null ? PyInt.From(v!.Value) : null;
    }

    /// <summary>int(bytes, base).</summary>
    public static PyInt IntFromBytes(byte[] data, int radix)
    {
        string text = System.Text.Encoding.Latin1.GetString(data);
        var v = ParseInt(text, radix, out var limitError);
        if (limitError is not null)
            throw limitError;
        return v is { } value ? PyInt.From(value) : throw InvalidLiteral(radix, new PyBytes(data));
    }

    private static PyException InvalidLiteral(int radix, PyObject original)
    {
        string repr = Ops.Repr(original);
        if (repr.Length > 200)
            repr = repr[..(char.IsHighSurrogate(repr[199]) ? 199 : 200)];
        return Errors.Value($"invalid literal for int() with base {radix}: {repr}");
    }

    /// <summary>Unicode decimal digits to ASCII digits and Unicode spaces to ' ' (other non-ASCII
    /// characters become a character no parser accepts), as _PyUnicode_TransformDecimalAndSpaceToASCII.</summary>
    public static string ToAsciiDigits(string text)
    {
        bool plain = true;
        foreach (char ch in text)
        {
            if (ch > 0x7f)
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch <= 0x7f)
            {
                sb.Append(ch);
                continue;
            }
            int digit = CharUnicodeInfo.GetDecimalDigitValue(text, i);
            bool pair = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (digit >= 0)
                sb.Append((char)('0' + digit));
            else if (!pair && char.IsWhiteSpace(ch))
                sb.Append(' ');
            else
                sb.Append('\u0001');
            if (pair)
                i++;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses ASCII <paramref name="text"/> as int() does: surrounding whitespace, a sign, a 0x/0o/0b prefix
    /// when it matches <paramref name="radix"/> (or chooses it, for base 0), single underscores between
    /// digits. Returns null when the text is not a valid literal; sets <paramref name="limitError"/> when
    /// it has more decimal digits than sys.get_int_max_str_digits() allows.
    /// </summary>
    public static BigInteger? ParseInt(string text, int radix, out PyException? limitError)
    {
        limitError = null;
        var s = text.AsSpan().Trim(" \t\n\r\f\v");
        bool negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        bool prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            int prefixRadix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixRadix != 0 && (radix == 0 || radix == prefixRadix))
            {
                radix = prefixRadix;
                s = s[2..];
                prefixed = true;
            }
        }
        if (radix == 0)
        {
            // Base 0 reads a literal as Python code would: no leading zeros on a non-zero decimal.
            radix = 10;
            if (s.Length > 0 && s[0] == '0' && !IsAllZeros(s))
                return null;
        }
        if (s.Length == 0)
            return null;
        long digitCount = 0;
        bool lastWasDigit = prefixed; // "0x_1f" is valid: an underscore may follow the prefix
        foreach (char ch in s)
        {
            if (ch == '_')
            {
                if (!lastWasDigit)
                    return null;
                lastWasDigit = false;
                continue;
            }
            int d = DigitValue(ch);
            if (d < 0 || d >= radix)
                return null;
            lastWasDigit = true;
            digitCount++;
        }
        if (digitCount == 0 || !lastWasDigit)
            return null;
        if (IntText.ParseLimitError(digitCount, radix) is { } error)
        {
            limitError = error;
            return null;
        }
        BigInteger value;
        if (radix == 10 && s.IndexOf('_') < 0)
        {
            value = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            value = BigInteger.Zero;
            long chunk = 0;
            int chunkDigits = 0;
            var chunkScale = BigInteger.Pow(radix, 12);
            foreach (char ch in s)
            {
                if (ch == '_')
                    continue;
                chunk = chunk * radix + DigitValue(ch);
                if (++chunkDigits == 12)
                {
                    value = value * chunkScale + chunk;
                    chunk = 0;
                    chunkDigits = 0;
                }
            }
            value = value * BigInteger.Pow(radix, chunkDigits) + chunk;
        }
        return negative ? -value : value;
    }

    private static bool IsAllZeros(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
        {
            if (ch != '0' && ch != '_')
                return false;
        }
        return true;
    }

    private static int DigitValue(char ch)
    {
        if (ch <= '9' && ch >= '0')
            return ch - '0';
        int lower = ch | 0x20;
        if (lower >= 'a' && lower <= 'z')
            return lower - 'a' + 10;
        return -1;
    }

    /// <summary>Parses <paramref name="text"/> as float() does; null when it is not a valid number.</summary>
    public static double? ParseFloat(string text)
    {
        var s = ToAsciiDigits(text).AsSpan().Trim(" \t\n\r\f\v");
        if (s.Length == 0)
            return null;
        bool negative = s[0] == '-';
        var unsigned = s[0] is '+' or '-' ? s[1..] : s;
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return negative ? -double.NaN : double.NaN;
        // digitpart ["." [digitpart]] [exponent] | "." digitpart [exponent]; single underscores between digits.
        var buffer = unsigned.Length <= 256 ? stackalloc char[unsigned.Length + 1] : new char[unsigned.Length + 1];
        int n = 0;
        if (negative)
            buffer[n++] = '-';
        int i = 0;
        int intDigits = Digits(unsigned, ref i, buffer, ref n);
        if (intDigits < 0)
            return null;
        int fracDigits = 0;
        if (i < unsigned.Length && unsigned[i] == '.')
        {
            buffer[n++] = '.';
            i++;
            fracDigits = Digits(unsigned, ref i, buffer, ref n);
            if (fracDigits < 0)
                return null;
        }
        if (intDigits + fracDigits == 0)
            return null;
        if (i < unsigned.Length && (unsigned[i] | 0x20) == 'e')
        {
            buffer[n++] = 'e';
            i++;
            if (i < unsigned.Length && unsigned[i] is '+' or '-')
                buffer[n++] = unsigned[i++];
            if (Digits(unsigned, ref i, buffer, ref n) <= 0)
                return null;
        }
        if (i != unsigned.Length)
            return null;
        return double.Parse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
    }

    /// <summary>Copies a run of digits with single underscores between them; the count of digits,
    /// or -1 when an underscore is misplaced.</summary>
    private static int Digits(ReadOnlySpan<char> s, ref int i, Span<char> buffer, ref int n)
    {
        int count = 0;
        while (i < s.Length)
        {
            char ch = s[i];
            if (char.IsAsciiDigit(ch))
            {
                buffer[n++] = ch;
                count++;
                i++;
            }
            else if (ch == '_')
            {
                if (count == 0 || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1]))
                    return -1;
                i++;
            }
            else
            {
                break;
            }
        }
        return count;
    }
}

/// <summary>complex(str) (complexobject.c: complex_from_string_inner).</summary>
public static class ComplexParsing
{
    /// <summary>The value of "1+2j", "(3j)", "-j", "inf-nanj"...; null when the text is malformed.</summary>
    public static System.Numerics.Complex? Parse(string text)
    {
        string s = NumberParsing.ToAsciiDigits(text);
        // Underscores are allowed only between digits; they are then dropped.
        if (s.Contains('_'))
        {
            var sb = new System.Text.StringBuilder(s.Length);
            for (int k = 0; k < s.Length; k++)
            {
                if (s[k] == '_')
                {
                    if (k == 0 || k + 1 >= s.Length || !char.IsAsciiDigit(s[k - 1]) || !char.IsAsciiDigit(s[k + 1]))
                        throw Errors.Value($"could not convert string to complex: {Ops.Repr(new PyStr(text))}");
                    continue;
                }
                sb.Append(s[k]);
            }
            s = sb.ToString();
        }
        int i = 0, n = s.Length;
        double x = 0, y = 0;
        while (i < n && IsSpace(s[i]))
            i++;
        bool bracket = false;
        if (i < n && s[i] == '(')
        {
            bracket = true;
            i++;
            while (i < n && IsSpace(s[i]))
                i++;
        }
        int end = Prefix(s, i, out double z);
        if (end != i)
        {
            i = end;
            if (i < n && s[i] is '+' or '-')
            {
                x = z;
                end = Prefix(s, i, out double w);
                if (end != i)
                {
                    y = w;
                    i = end;
                }
                else
                {
                    y = s[i] == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < n && s[i] is 'j' or 'J'))
                    return null;
                i++;
            }
            else if (i < n && s[i] is 'j' or 'J')
            {
                i++;
                y = z;
            }
            else
            {
                x = z;
            }
        }
        else
        {
            if (i < n && s[i] is '+' or '-')
            {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            else
            {
                y = 1.0;
            }
            if (!(i < n && s[i] is 'j' or 'J'))
                return null;
            i++;
        }
        while (i < n && IsSpace(s[i]))
            i++;
        if (bracket)
        {
            if (!(i < n && s[i] == ')'))
                return null;
            i++;
            while (i < n && IsSpace(s[i]))
                i++;
        }
        return i == n ? new System.Numerics.Complex(x, y) : null;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>The longest float at <paramref name="start"/> (sign, digits, point, exponent, inf, nan):
    /// the index after it, or <paramref name="start"/> when there is none.</summary>
    private static int Prefix(string s, int start, out double value)
    {
        value = 0;
        int i = start, n = s.Length;
        bool negative = false;
        if (i < n && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }
        foreach (var word in new[] { "infinity", "inf", "nan" })
        {
            if (string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && i + word.Length <= n)
            {
                value = word == "nan" ? double.NaN : double.PositiveInfinity;
                if (negative)
                    value = -value;
                return i + word.Length;
            }
        }
        int digitsStart = i;
        int digits = 0;
        while (i < n && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return start;
        if (i < n && s[i] is 'e' or 'E')
        {
            int e = i + 1;
            if (e < n && s[e] is '+' or '-')
                e++;
            if (e < n && char.IsAsciiDigit(s[e]))
            {
                while (e < n && char.IsAsciiDigit(s[e]))
                    e++;
                i = e;
            }
        }
        value = double.Parse(s.AsSpan(start, i - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
        _ = digitsStart;
        return i;
    }
}
