namespace Adder.Runtime;

/// <summary>
/// Python counts a str in code points; .NET strings hold UTF-16 units, where a character outside the
/// Basic Multilingual Plane takes two. These helpers translate between the two counts; callers take the
/// direct path when <see cref="PyStr.IsBmp"/> says the counts agree (almost always).
/// </summary>
internal static class CodePoints
{
    public static int Count(string s)
    {
        int n = s.Length;
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

    public static int[] ToArray(string s)
    {
        var result = new int[Count(s)];
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result[k++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                result[k++] = s[i];
            }
        }
        return result;
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (may be the end of the string).</summary>
    public static int Offset(string s, int index)
    {
        int i = 0;
        for (int k = 0; k < index && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>The code-point index of UTF-16 offset <paramref name="offset"/>.</summary>
    public static int Index(string s, int offset) => offset <= 0 ? offset : Count(s.Substring(0, offset));

    /// <summary>The text of the code point starting at UTF-16 offset <paramref name="offset"/>.</summary>
    public static string At(string s, int offset) =>
        char.IsHighSurrogate(s[offset]) && offset + 1 < s.Length && char.IsLowSurrogate(s[offset + 1]) ? s.Substring(offset, 2) : s[offset].ToString();

    /// <summary>Orders strings by code point (UTF-16 order differs when a pair meets a unit above U+DFFF).</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        if (i == n)
            return a.Length.CompareTo(b.Length);
        return Key(a, i).CompareTo(Key(b, i));

        // A unit of a surrogate pair stands for a code point above every BMP character.
        static int Key(string s, int i)
        {
            char c = s[i];
            bool paired = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]);
            return paired ? c + 0x10000 : c;
        }
    }

    public static string FromArray(ReadOnlySpan<int> cps)
    {
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (int c in cps)
        {
            if (c >= 0x10000)
                sb.Append(char.ConvertFromUtf32(c));
            else
                sb.Append((char)c);
        }
        return sb.ToString();
    }
}
