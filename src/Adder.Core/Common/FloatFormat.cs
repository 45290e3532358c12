using System.Globalization;
using System.Text;

namespace Adder.Common;

/// <summary>
/// Python's float to text conversions (Python/pystrtod.c, PyOS_double_to_string): the digits come from
/// .NET's exact formatting (shortest round-trip, or correctly rounded to a number of digits), the layout
/// follows Python's rules.
/// </summary>
public static class FloatFormat
{
    /// <summary>
    /// <c>repr(float)</c>: shortest round-trip digits, positional when the decimal exponent is in
    /// [-4, 16), scientific otherwise (format code 'r').
    /// </summary>
    public static string Repr(double value, bool addDotZero = true) => Format(value, 'r', 0, addDotZero: addDotZero);

    /// <summary>
    /// PyOS_double_to_string: <paramref name="type"/> is one of e E f F g G r; <paramref name="alternate"/> keeps
    /// a trailing point and zeros, <paramref name="addDotZero"/> writes integers as "1.0", <paramref name="noNegativeZero"/>
    /// drops the sign of a value that rounds to zero, <paramref name="plus"/> writes '+' before non-negative values.
    /// </summary>
    public static string Format(double value, char type, int precision, bool alternate = false, bool addDotZero = false,
        bool noNegativeZero = false, bool plus = false)
    {
        bool upper = type is 'E' or 'F' or 'G';
        char code = char.ToLowerInvariant(type);
        if (double.IsNaN(value))
            return (plus ? "+" : "") + (upper ? "NAN" : "nan");
        bool negative = double.IsNegative(value);
        if (double.IsInfinity(value))
            return (negative ? "-" : plus ? "+" : "") + (upper ? "INF" : "inf");
        double a = Math.Abs(value);
        string digits;
        int decpt;
        switch (code)
        {
            case 'e':
                (digits, decpt) = Significant(a, precision + 1);
                break;
            case 'f':
                (digits, decpt) = Fixed(a, precision);
                break;
            case 'g':
                if (precision == 0)
                    precision = 1;
                (digits, decpt) = Significant(a, precision);
                break;
            default:
                (digits, decpt) = Shortest(a);
                break;
        }
        if (noNegativeZero && negative && digits == "0")
            negative = false;

        int digitsLength = digits.Length;
        int vdigitsEnd = digitsLength;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision + 1;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision))
                    useExp = true;
                if (alternate)
                    vdigitsEnd = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16)
                    useExp = true;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDotZero)
            vdigitsEnd = Math.Max(vdigitsEnd, decpt + 1);
        else
            vdigitsEnd = Math.Max(vdigitsEnd, decpt);

        var sb = new StringBuilder(Math.Max(16, vdigitsEnd - vdigitsStart + 8));
        if (negative)
            sb.Append('-');
        else if (plus)
            sb.Append('+');
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }
        if (decpt > 0 && decpt <= digitsLength)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLength - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLength < decpt)
        {
            sb.Append('0', decpt - digitsLength);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            sb.Append('0', vdigitsEnd - digitsLength);
        }
        if (sb[^1] == '.' && !alternate)
            sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int e = Math.Abs(exp);
            if (e < 10)
                sb.Append('0');
            sb.Append(e.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The shortest digits that round-trip (no trailing zeros) and the decimal point's position:
    /// value = 0.DIGITS × 10**decpt. Zero is ("0", 1).</summary>
    public static (string Digits, int Decpt) Shortest(double a)
    {
        if (a == 0)
            return ("0", 1);
        return Split(a.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary><paramref name="n"/> significant digits, correctly rounded (half to even on exact ties).</summary>
    public static (string Digits, int Decpt) Significant(double a, int n)
    {
        if (a == 0)
            return ("0", 1);
        return Split(a.ToString("E" + (n - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary><paramref name="n"/> digits after the decimal point, correctly rounded.</summary>
    public static (string Digits, int Decpt) Fixed(double a, int n)
    {
        if (a == 0)
            return ("0", 1);
        if (FixedExact(a, n) is { } exact)
            return exact;
        return Split(a.ToString("F" + n.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    private static readonly UInt128[] s_powersOfTen = MakePowersOfTen();

    private static UInt128[] MakePowersOfTen()
    {
        var powers = new UInt128[20];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
            powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>
    /// <see cref="Fixed"/> in 128-bit integer arithmetic, when it fits (a positive finite double is
    /// m * 2**e exactly, so a * 10**n is m * 10**n / 2**-e, rounded half to even on the exact remainder):
    /// the usual <c>%.2f</c> of a moderate number, without .NET's Dragon4. Null when it does not fit.
    /// </summary>
    private static (string Digits, int Decpt)? FixedExact(double a, int n)
    {
        long bits = BitConverter.DoubleToInt64Bits(a);
        int biased = (int)(bits >> 52) & 0x7FF;
        ulong mantissa = (ulong)bits & 0xFFFFFFFFFFFFFUL;
        if (biased == 0 || n >= s_powersOfTen.Length)
            return null; // subnormal, or more digits than 10**n holds in 64 bits
        mantissa |= 1UL << 52;
        int exponent = biased - 1075; // a = mantissa * 2**exponent
        if (exponent > 10 || exponent < -127)
            return null;
        UInt128 scaled = (UInt128)mantissa * s_powersOfTen[n]; // < 2**53 * 10**19 < 2**117
        UInt128 q;
        if (exponent >= 0)
        {
            q = scaled << exponent; // < 2**127
        }
        else
        {
            int shift = -exponent;
            q = scaled >> shift;
            UInt128 remainder = scaled - (q << shift);
            UInt128 half = (UInt128)1 << (shift - 1);
            if (remainder > half || remainder == half && (q & 1) == 1)
                q++;
        }
        if (q == 0)
            return ("0", 1);
        string text = q.ToString(CultureInfo.InvariantCulture);
        int decpt = text.Length - n;
        int end = text.Length;
        while (text[end - 1] == '0')
            end--;
        return (end == text.Length ? text : text.Substring(0, end), decpt);
    }

    /// <summary>Digits and decimal point position of a .NET number string ("123.45", "1.5E+016").</summary>
    private static (string Digits, int Decpt) Split(string r)
    {
        int exponent = 0;
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int dot = r.IndexOf('.');
        int decpt = (dot < 0 ? r.Length : dot) + exponent;
        int start = 0;
        int end = r.Length;
        while (start < end && (r[start] == '0' || r[start] == '.'))
        {
            if (r[start] == '0')
                decpt--;
            start++;
        }
        while (end > start && (r[end - 1] == '0' || r[end - 1] == '.'))
            end--;
        if (start >= end)
            return ("0", 1);
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            if (r[i] != '.')
                sb.Append(r[i]);
        }
        return (sb.ToString(), decpt);
    }
}
