using System.Globalization;
using System.Text;

namespace Adder.Common;

/// <summary>Python's <c>repr()</c> of str and bytes (Objects/unicodeobject.c: unicode_repr).</summary>
public static class StringRepr
{
    public static string Repr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        Append(sb, s);
        return sb.ToString();
    }

    public static StringBuilder Append(StringBuilder sb, string s)
    {
        var codePoints = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(s[i]);
            }
        }
        return Append(sb, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(codePoints));
    }

    /// <summary><c>repr()</c> of a str given as code points.</summary>
    public static StringBuilder Append(StringBuilder sb, ReadOnlySpan<int> s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        foreach (int cp in s)
        {
            if (cp == quote || cp == '\\')
                sb.Append('\\').Append((char)cp);
            else if (cp == '\t')
                sb.Append("\\t");
            else if (cp == '\n')
                sb.Append("\\n");
            else if (cp == '\r')
                sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f)
                sb.Append((char)cp);
            else if (UnicodeInfo.IsPrintable(cp))
                AppendCodePoint(sb, cp);
            else if (cp <= 0xff)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
            sb.Append((char)cp);
        else
            sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>repr() of bytes; a bytearray's repr escapes single quotes even inside double quotes.</summary>
    public static StringBuilder AppendBytes(StringBuilder sb, ReadOnlySpan<byte> bytes, bool escapeSingleQuote = false)
    {
        char quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\' || (escapeSingleQuote && b == '\''))
                sb.Append('\\').Append((char)b);
            else if (b == '\t')
                sb.Append("\\t");
            else if (b == '\n')
                sb.Append("\\n");
            else if (b == '\r')
                sb.Append("\\r");
            else if (b < ' ' || b >= 0x7f)
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)b);
        }
        return sb.Append(quote);
    }
}
