using System.Globalization;

namespace Adder.Common;

/// <summary>Unicode character properties as CPython's unicodedata tables define them.</summary>
public static class UnicodeInfo
{
    /// <summary>The properties of a code point, from CPython 3.11's tables (<see cref="UnicodeTables"/>).</summary>
    internal static UnicodeTables.Property Properties(int cp)
    {
        var starts = UnicodeTables.RangeStarts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= cp)
                lo = mid;
            else
                hi = mid - 1;
        }
        return (UnicodeTables.Property)UnicodeTables.RangeProperties[lo];
    }

    internal static bool Has(int cp, UnicodeTables.Property property) => (Properties(cp) & property) != 0;

    /// <summary><c>str.isprintable()</c> for one code point.</summary>
    public static bool IsPrintable(int cp) => cp is >= ' ' and < 0x7f || (cp >= 0x80 && Has(cp, UnicodeTables.Property.Printable));

    public enum Mapping
    {
        Lower,
        Upper,
        Title,
        Fold,
    }

    /// <summary>Appends the full case mapping of <paramref name="cp"/> (one or more code points).</summary>
    public static void AppendMapped(System.Text.StringBuilder sb, int cp, Mapping mapping)
    {
        ReadOnlySpan<int> keys, values, extra;
        switch (mapping)
        {
            case Mapping.Lower:
                keys = UnicodeTables.LowerKeys;
                values = UnicodeTables.LowerValues;
                extra = UnicodeTables.LowerExtra;
                break;
            case Mapping.Upper:
                keys = UnicodeTables.UpperKeys;
                values = UnicodeTables.UpperValues;
                extra = UnicodeTables.UpperExtra;
                break;
            case Mapping.Title:
                keys = UnicodeTables.TitleKeys;
                values = UnicodeTables.TitleValues;
                extra = UnicodeTables.TitleExtra;
                break;
            default:
                keys = UnicodeTables.FoldKeys;
                values = UnicodeTables.FoldValues;
                extra = UnicodeTables.FoldExtra;
                break;
        }
        int i = keys.BinarySearch(cp);
        if (i < 0)
        {
            AppendCodePoint(sb, cp);
            return;
        }
        int v = values[i];
        if (v >= 0)
        {
            AppendCodePoint(sb, v);
            return;
        }
        int offset = -v / 4, count = -v % 4;
        for (int k = 0; k < count; k++)
            AppendCodePoint(sb, extra[offset + k]);
    }

    public static void AppendCodePoint(System.Text.StringBuilder sb, int cp)
    {
        if (cp >= 0x10000)
        {
            sb.Append((char)(0xD800 + ((cp - 0x10000) >> 10)));
            sb.Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
        else
        {
            sb.Append((char)cp);
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
    public static bool IsIdentifierStart(int cp) => cp < 0x80
        ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_'
        : Has(cp, UnicodeTables.Property.IdentifierStart);

    /// <summary>XID_Continue.</summary>
    public static bool IsIdentifierContinue(int cp) => cp < 0x80
        ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' || (uint)(cp - '0') <= 9
        : Has(cp, UnicodeTables.Property.IdentifierContinue);

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
}
