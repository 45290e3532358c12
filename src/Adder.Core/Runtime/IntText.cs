using System.Globalization;
using System.Numerics;

namespace Adder.Runtime;

/// <summary>
/// int to text in bases 2, 8, 10 and 16, and the limit on decimal digits of int/str conversions
/// (sys.set_int_max_str_digits, PEP 651's CVE-2020-10735 mitigation).
/// </summary>
public static class IntText
{
    public const int DefaultMaxStrDigits = 4300;
    public const int StrDigitsCheckThreshold = 640;

    /// <summary>The current limit; 0 means no limit.</summary>
    public static int MaxStrDigits = DefaultMaxStrDigits;

    private const string LimitHint = "use sys.set_int_max_str_digits() to increase the limit";

    /// <summary>Decimal digits of <paramref name="value"/> (with '-'), or the limit's ValueError.</summary>
    public static string ToDecimal(PyInt value) =>
        value.IsBig ? ToDecimal(value.AsBig) : value.Value.ToString(CultureInfo.InvariantCulture);

    public static string ToDecimal(BigInteger value)
    {
        int limit = MaxStrDigits;
        if (limit > 0)
        {
            // log10(2) < 0.30103: a value under 2**bits has at most bits*0.30103+1 digits.
            long bits = (long)BigInteger.Abs(value).GetBitLength();
            if (bits * 0.30103 + 1 > limit)
            {
                // Close to the limit the estimate is not enough: compare with 10**limit.
                if (bits * 0.30102999 - 1 > limit || BigInteger.Abs(value) >= BigInteger.Pow(10, limit))
                    throw Errors.Value($"Exceeds the limit ({limit} digits) for integer string conversion; {LimitHint}");
            }
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The error int() raises for a string of too many digits, or null.</summary>
    public static PyException? ParseLimitError(long digits, int radix)
    {
        int limit = MaxStrDigits;
        if (limit > 0 && digits > limit && (radix & (radix - 1)) != 0)
            return Errors.Value($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; {LimitHint}");
        return null;
    }

    /// <summary>The digits of a non-negative value in base 2, 8 or 16 (lower case).</summary>
    public static string ToRadix(BigInteger v, int radix)
    {
        if (v.IsZero)
            return "0";
        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        long bits = (long)v.GetBitLength();
        if (!v.IsZero && bits == 0)
            bits = 1;
        int count = (int)((bits + bitsPerDigit - 1) / bitsPerDigit);
        byte[] bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        var chars = new char[count];
        int mask = radix - 1;
        for (int k = 0; k < count; k++)
        {
            long bit = (long)k * bitsPerDigit;
            int index = (int)(bit >> 3);
            int shift = (int)(bit & 7);
            int word = bytes[index] | (index + 1 < bytes.Length ? bytes[index + 1] << 8 : 0);
            int digit = (word >> shift) & mask;
            chars[count - 1 - k] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
        return new string(chars);
    }

    public static string ToRadix(long v, int radix) => radix switch
    {
        2 => Convert.ToString(v, 2),
        8 => Convert.ToString(v, 8),
        _ => v.ToString("x", CultureInfo.InvariantCulture),
    };

    /// <summary>hex()/oct()/bin() text: sign, prefix, digits.</summary>
    public static string WithPrefix(PyInt value, int radix, string prefix)
    {
        var v = value.AsBig;
        string digits = !value.IsBig && value.Value >= 0 ? ToRadix(value.Value, radix) : ToRadix(BigInteger.Abs(v), radix);
        return (v.Sign < 0 ? "-" : "") + prefix + digits;
    }
}
