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
        if (cp >= 0xD800 && cp <= 0xDFFF)
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

    /// <summary>XID_Start, plus '_' (which Python allows first in identifiers).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_';
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return IsOtherIdStart(cp);
        }
    }

    /// <summary>XID_Continue.</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 0x80)
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' || (uint)(cp - '0') <= 9;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return IsOtherIdStart(cp) || cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
        }
    }

    // Other_ID_Start (PropList.txt): kept identifier-start for backwards compatibility.
    private static bool IsOtherIdStart(int cp) => cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}
