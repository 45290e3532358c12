using System.Globalization;
using System.Numerics;

namespace Adder.Runtime;

/// <summary>int(str, base) and float(str): Python's rules for numbers written as text.</summary>
public static class NumberParsing
{
    /// <summary>
    /// Parses <paramref name="text"/> as int() does: surrounding whitespace, a sign, a 0x/0o/0b prefix
    /// when it matches <paramref name="radix"/> (or chooses it, for base 0), single underscores between
    /// digits, and any Unicode decimal digit. Returns null when the text is not a valid literal.
    /// </summary>
    public static BigInteger? ParseInt(string text, int radix)
    {
        var s = text.AsSpan().Trim();
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
        BigInteger value = BigInteger.Zero;
        long chunk = 0;
        int chunkDigits = 0;
        bool lastWasDigit = prefixed; // "0x_1f" is valid: an underscore may follow the prefix
        bool any = false;
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
            chunk = chunk * radix + d;
            if (++chunkDigits == 12)
            {
                value = value * BigInteger.Pow(radix, 12) + chunk;
                chunk = 0;
                chunkDigits = 0;
            }
            lastWasDigit = true;
            any = true;
        }
        if (!any || !lastWasDigit)
            return null;
        value = value * BigInteger.Pow(radix, chunkDigits) + chunk;
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
        return ch > 0x7f && char.IsDigit(ch) ? (int)char.GetNumericValue(ch) : -1;
    }

    /// <summary>Parses <paramref name="text"/> as float() does; null when it is not a valid number.</summary>
    public static double? ParseFloat(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.Length == 0)
            return null;
        var unsigned = s[0] is '+' or '-' ? s[1..] : s;
        bool negative = s[0] == '-';
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return double.NaN;
        // Digits, one point, an exponent; underscores only between digits.
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch == '_')
            {
                if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1]))
                    return null;
                continue;
            }
            if (ch > 0x7f && char.IsDigit(ch))
                ch = (char)('0' + (int)char.GetNumericValue(ch));
            else if (!(char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-'))
                return null;
            buffer[n++] = ch;
        }
        var clean = buffer[..n];
        if (!clean.ContainsAnyInRange('0', '9'))
            return null;
        return double.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out double v) ? v : null;
    }
}
