using System.Numerics;

namespace Adder.Runtime;

/// <summary>float.hex() and float.fromhex() (Objects/floatobject.c).</summary>
internal static class FloatHex
{
    private const string Digits = "0123456789abcdef";

    /// <summary>"0x1.8000000000000p+1": 13 hexadecimal digits after the point, a binary exponent.</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x))
            return "nan";
        if (double.IsInfinity(x))
            return x > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(x) ? "-" : "";
        if (x == 0)
            return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int lead = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        var chars = new char[13];
        for (int i = 0; i < 13; i++)
            chars[i] = Digits[(int)((fraction >> (48 - 4 * i)) & 0xF)];
        return $"{sign}0x{lead}.{new string(chars)}p{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent)}";
    }

    private static PyException Invalid() => Errors.Value("invalid hexadecimal floating-point string");

    private static PyException TooLarge() => Errors.Raise(ExceptionTypes.OverflowError, "hexadecimal value too large to represent as a float");

    public static double Parse(string text)
    {
        var s = text.AsSpan().Trim(" \t\n\r\f\v");
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return negative ? -double.NaN : double.NaN;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
            i += 2;
        BigInteger mantissa = BigInteger.Zero;
        long fractionDigits = 0;
        int digitCount = 0;
        bool point = false;
        long chunk = 0;
        int chunkDigits = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.')
            {
                if (point)
                    throw Invalid();
                point = true;
                continue;
            }
            int d = HexValue(c);
            if (d < 0)
                break;
            digitCount++;
            if (point)
                fractionDigits++;
            chunk = (chunk << 4) | (long)d;
            if (++chunkDigits == 15)
            {
                mantissa = (mantissa << 60) | chunk;
                chunk = 0;
                chunkDigits = 0;
            }
        }
        mantissa = (mantissa << (4 * chunkDigits)) | chunk;
        if (digitCount == 0)
            throw Invalid();
        long exponent = 0;
        if (i < s.Length && (s[i] | 0x20) == 'p')
        {
            i++;
            bool expNegative = false;
            if (i < s.Length && s[i] is '+' or '-')
            {
                expNegative = s[i] == '-';
                i++;
            }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (exponent < 1_000_000_000_000L)
                    exponent = exponent * 10 + (s[i] - '0');
                i++;
            }
            if (i == start)
                throw Invalid();
            if (expNegative)
                exponent = -exponent;
        }
        if (i != s.Length)
            throw Invalid();
        if (mantissa.IsZero)
            return negative ? -0.0 : 0.0;
        long scale = exponent - 4 * fractionDigits;
        long bitLength = (long)mantissa.GetBitLength();
        long top = bitLength + scale;
        if (top > 1024)
            throw TooLarge();
        if (top < -1080)
            return negative ? -0.0 : 0.0;
        long lsb = Math.Max(top - 53, -1074);
        long shift = scale - lsb;
        BigInteger m;
        if (shift >= 0)
            m = mantissa << (int)shift;
        else
        {
            m = mantissa >> (int)-shift;
            var remainder = mantissa - (m << (int)-shift);
            var half = BigInteger.One << (int)(-shift - 1);
            int c = remainder.CompareTo(half);
            if (c > 0 || (c == 0 && !m.IsEven))
                m += 1;
        }
        double result = Math.ScaleB((double)(long)m, (int)lsb);
        if (double.IsInfinity(result))
            throw TooLarge();
        return negative ? -result : result;
    }

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
