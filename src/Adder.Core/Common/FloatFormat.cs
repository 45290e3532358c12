using System.Globalization;
using System.Text;

namespace Adder.Common;

/// <summary>Python's float formatting (<c>repr</c>: the shortest string that round-trips).</summary>
public static class FloatFormat
{
    /// <summary>
    /// <c>repr(float)</c>: shortest round-trip digits, positional when the decimal exponent is in
    /// [-4, 16), scientific otherwise (Python/pystrtod.c, format code 'r').
    /// </summary>
    public static string Repr(double value, bool addDotZero = true)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsInfinity(value))
            return value > 0 ? "inf" : "-inf";
        if (value == 0)
            return (double.IsNegative(value) ? "-0" : "0") + (addDotZero ? ".0" : "");

        // .NET's "R" gives the same shortest round-trip digit string; only the layout differs.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        if (negative)
            r = r.Substring(1);
        int exponent = 0;
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int dot = r.IndexOf('.');
        string digits = dot < 0 ? r : r.Remove(dot, 1);
        int decimalPoint = (dot < 0 ? r.Length : dot) + exponent;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits.Substring(lead).TrimEnd('0');
        decimalPoint -= lead;
        if (digits.Length == 0)
            digits = "0";

        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        if (decimalPoint > -4 && decimalPoint <= 16)
        {
            if (decimalPoint <= 0)
            {
                sb.Append("0.").Append('0', -decimalPoint).Append(digits);
            }
            else if (decimalPoint >= digits.Length)
            {
                sb.Append(digits).Append('0', decimalPoint - digits.Length);
                if (addDotZero)
                    sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decimalPoint - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            exp = Math.Abs(exp);
            if (exp < 10)
                sb.Append('0');
            sb.Append(exp);
        }
        return sb.ToString();
    }
}
