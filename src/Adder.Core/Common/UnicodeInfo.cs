using System.Globalization;

namespace Adder.Common;

/// <summary>Unicode character properties as CPython's unicodedata tables define them.</summary>
public static class UnicodeInfo
{
    /// <summary>
    /// <c>str.isprintable()</c> for one code point: everything except the categories Cc, Cf, Cs, Co, Cn,
    /// Zl, Zp and Zs, with the ASCII space counted as printable.
    /// </summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ')
            return true;
        if (cp >= 0xD800 && cp <= 0xDFFF || !IsAssigned(cp))
            return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>str.isidentifier: an identifier start followed by identifier characters.</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
            return false;
        int i = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (i++ == 0 ? !IsIdentifierStart(rune.Value) : !IsIdentifierContinue(rune.Value))
                return false;
        }
        return true;
    }

    /// <summary>XID_Start, plus '_' (which Python allows first in identifiers).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_';
        return IsAssigned(cp) && (IsLetter(CharUnicodeInfo.GetUnicodeCategory(cp)) || IsOtherIdStart(cp));
    }

    /// <summary>XID_Continue.</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' || (uint)(cp - '0') <= 9;
        if (!IsAssigned(cp))
            return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return IsLetter(category) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            || IsOtherIdStart(cp) || cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }

    private static bool IsLetter(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary>The Unicode version of CPython 3.11's character database.</summary>
    public const string UnicodeVersion = "14.0.0";

    private static ulong[]? s_assigned;

    /// <summary>
    /// Whether <paramref name="cp"/> was assigned by Unicode 14.0. .NET's tables are newer; characters
    /// added since are unassigned to CPython 3.11, so they must be to us. Ages come from the system's
    /// DerivedAge.txt (Debian's unicode-data); without it every character counts as assigned.
    /// </summary>
    public static bool IsAssigned(int cp)
    {
        var bits = s_assigned ??= LoadAssigned();
        return bits.Length == 0 || (bits[cp >> 6] & (1UL << (cp & 63))) != 0;
    }

    private static ulong[] LoadAssigned()
    {
        string dir = Environment.GetEnvironmentVariable(UnicodeNames.DataDirectoryVariable) ?? "/usr/share/unicode";
        string path = Path.Combine(dir, "DerivedAge.txt");
        if (!File.Exists(path))
            return Array.Empty<ulong>();
        var bits = new ulong[0x110000 / 64];
        foreach (string line in File.ReadLines(path))
        {
            int semi = line.IndexOf(';');
            if (line.Length == 0 || line[0] == '#' || semi < 0)
                continue;
            var version = line.AsSpan(semi + 1).Trim();
            int hash = version.IndexOf('#');
            if (hash >= 0)
                version = version.Slice(0, hash).Trim();
            int dot = version.IndexOf('.');
            int major = int.Parse(dot < 0 ? version : version.Slice(0, dot), CultureInfo.InvariantCulture);
            if (major > 14)
                continue;
            var range = line.AsSpan(0, semi).Trim();
            int dots = range.IndexOf("..");
            int first = int.Parse(dots < 0 ? range : range.Slice(0, dots), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int last = dots < 0 ? first : int.Parse(range.Slice(dots + 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (int cp = first; cp <= last; cp++)
                bits[cp >> 6] |= 1UL << (cp & 63);
        }
        return bits;
    }

    // Other_ID_Start (PropList.txt): kept identifier-start for backwards compatibility.
    private static bool IsOtherIdStart(int cp) => cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}
