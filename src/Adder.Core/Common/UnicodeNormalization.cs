using System.Text;

namespace Adder.Common;

/// <summary>
/// NFKC, which Python applies to every identifier (PEP 3131), from CPython 3.11's Unicode 14.0 data
/// (<see cref="UnicodeTables"/>) rather than .NET's: the runtime runs in globalization-invariant mode, which
/// keeps ICU out of the process (its libraries were a third of a small program's memory) and leaves
/// <c>string.Normalize</c> doing nothing. The algorithm is UAX #15's: decompose, order marks, compose.
/// </summary>
public static class UnicodeNormalization
{
    // Hangul syllables decompose and compose arithmetically (Unicode 3.12).
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>The NFKC form of <paramref name="s"/> (the same string when nothing changes).</summary>
    public static string NormalizeKC(string s)
    {
        if (Ascii.IsValid(s))
            return s;
        var cps = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes())
            Decompose(rune.Value, cps);
        OrderMarks(cps);
        Compose(cps);
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
            UnicodeInfo.AppendCodePoint(sb, cp);
        string result = sb.ToString();
        return result == s ? s : result;
    }

    private static void Decompose(int cp, List<int> output)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            int index = cp - SBase;
            output.Add(LBase + index / NCount);
            output.Add(VBase + index % NCount / TCount);
            if (index % TCount != 0)
                output.Add(TBase + index % TCount);
            return;
        }
        int i = UnicodeTables.DecompositionKeys.BinarySearch(cp);
        if (i < 0)
        {
            output.Add(cp);
            return;
        }
        int value = UnicodeTables.DecompositionValues[i];
        foreach (int part in UnicodeTables.DecompositionExtra.Slice(value / 32, value % 32))
            output.Add(part);
    }

    private static int CombiningClass(int cp)
    {
        if (cp < 0x300)
            return 0;
        int i = UnicodeTables.CombiningKeys.BinarySearch(cp);
        return i < 0 ? 0 : UnicodeTables.CombiningClasses[i];
    }

    /// <summary>The canonical ordering: each run of combining marks sorted by class, stably.</summary>
    private static void OrderMarks(List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int cp = cps[i], cc = CombiningClass(cp);
            if (cc == 0)
                continue;
            int j = i;
            for (; j > 0 && CombiningClass(cps[j - 1]) > cc; j--)
                cps[j] = cps[j - 1];
            cps[j] = cp;
        }
    }

    /// <summary>The canonical composition: each mark or starter joins the last starter when nothing between
    /// blocks it (a starter, or a mark of the same or a higher class).</summary>
    private static void Compose(List<int> cps)
    {
        int starter = -1, lastClass = 0, written = 0;
        for (int i = 0; i < cps.Count; i++)
        {
            int cp = cps[i], cc = CombiningClass(cp);
            bool blocked = written - 1 != starter && (lastClass == 0 || lastClass >= cc);
            if (starter >= 0 && !blocked && Composite(cps[starter], cp) is int composite)
            {
                cps[starter] = composite;
                continue;
            }
            if (cc == 0)
                starter = written;
            lastClass = cc;
            cps[written++] = cp;
        }
        cps.RemoveRange(written, cps.Count - written);
    }

    private static int? Composite(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((first - LBase) * VCount + second - VBase) * TCount;
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
            return first + second - TBase;
        int i = UnicodeTables.CompositionPairs.BinarySearch(((long)first << 21) | (uint)second);
        return i < 0 ? null : UnicodeTables.Composites[i];
    }
}
