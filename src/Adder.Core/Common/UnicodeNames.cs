using System.Globalization;

namespace Adder.Common;

/// <summary>
/// Unicode character names for <c>\N{...}</c> escapes (and later the unicodedata module), read from the
/// system's UnicodeData.txt and NameAliases.txt (Debian's unicode-data package) on first use.
/// </summary>
public static class UnicodeNames
{
    public const string DataDirectoryVariable = "ADDER_UNICODE_DATA";
    private const string DefaultDirectory = "/usr/share/unicode";

    private static Dictionary<string, int>? s_byName;
    private static readonly object s_lock = new();

    private static string DataDirectory => Environment.GetEnvironmentVariable(DataDirectoryVariable) ?? DefaultDirectory;

    /// <summary>The code point named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        int algorithmic = LookupAlgorithmic(upper);
        if (algorithmic >= 0)
            return algorithmic;
        return Table.TryGetValue(upper, out int cp) ? cp : -1;
    }

    private static Dictionary<string, int> Table
    {
        get
        {
            if (s_byName is not null)
                return s_byName;
            lock (s_lock)
            {
                s_byName ??= Load();
                return s_byName;
            }
        }
    }

    private static Dictionary<string, int> Load()
    {
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        string data = Path.Combine(DataDirectory, "UnicodeData.txt");
        if (!File.Exists(data))
            throw new FileNotFoundException($"Unicode character names need {data} (Debian package unicode-data; or set {DataDirectoryVariable})", data);
        foreach (string line in File.ReadLines(data))
        {
            int semi = line.IndexOf(';');
            int semi2 = line.IndexOf(';', semi + 1);
            if (semi < 0 || semi2 < 0 || line[semi + 1] == '<')
                continue;
            int cp = int.Parse(line.AsSpan(0, semi), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[line.Substring(semi + 1, semi2 - semi - 1)] = cp;
        }
        string aliases = Path.Combine(DataDirectory, "NameAliases.txt");
        if (File.Exists(aliases))
        {
            foreach (string line in File.ReadLines(aliases))
            {
                if (line.Length == 0 || line[0] == '#')
                    continue;
                var parts = line.Split(';');
                if (parts.Length < 2)
                    continue;
                int cp = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                table.TryAdd(parts[1], cp);
            }
        }
        return table;
    }

    private static readonly string[] s_jamoL = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] s_jamoV = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] s_jamoT = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    // Ranges whose names are the prefix plus the code point in hex (Unicode 14, as CPython 3.11).
    private static readonly (int First, int Last)[] s_cjkRanges =
    {
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A),
    };

    private static int LookupAlgorithmic(string name)
    {
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(cjk, StringComparison.Ordinal))
        {
            string hex = name.Substring(cjk.Length);
            if ((hex.Length == 4 || hex.Length == 5) && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp))
            {
                foreach (var (first, last) in s_cjkRanges)
                {
                    if (cp >= first && cp <= last)
                        return cp;
                }
            }
            return -1;
        }
        const string hangul = "HANGUL SYLLABLE ";
        if (name.StartsWith(hangul, StringComparison.Ordinal))
        {
            string rest = name.Substring(hangul.Length);
            for (int l = 0; l < s_jamoL.Length; l++)
            {
                if (!rest.StartsWith(s_jamoL[l], StringComparison.Ordinal))
                    continue;
                for (int v = 0; v < s_jamoV.Length; v++)
                {
                    if (string.CompareOrdinal(rest, s_jamoL[l].Length, s_jamoV[v], 0, s_jamoV[v].Length) != 0)
                        continue;
                    int after = s_jamoL[l].Length + s_jamoV[v].Length;
                    for (int t = 0; t < s_jamoT.Length; t++)
                    {
                        if (rest.Length == after + s_jamoT[t].Length && string.CompareOrdinal(rest, after, s_jamoT[t], 0, s_jamoT[t].Length) == 0)
                            return 0xAC00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }
}
