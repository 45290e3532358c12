using System.Text;
using Adder.Common;
using Property = Adder.Common.UnicodeTables.Property;

namespace Adder.Runtime;

/// <summary>
/// The str methods that depend on the Unicode database: case mappings (full, with special casing and the
/// final-sigma rule), the is* predicates and whitespace (strip and friends), exactly as CPython 3.11's
/// Objects/unicodeobject.c applies its tables. ASCII text takes direct paths.
/// </summary>
internal static class StrUnicodeMethods
{
    public static void Register()
    {
        var str = PyStr.TypeObject;
        NoArgs(str, "lower", s => new PyStr(Lower(s)));
        NoArgs(str, "upper", s => new PyStr(Ascii.IsValid(s) ? s.ToUpperInvariant() : Map(s, UnicodeInfo.Mapping.Upper)));
        NoArgs(str, "casefold", s => new PyStr(Ascii.IsValid(s) ? s.ToLowerInvariant() : Map(s, UnicodeInfo.Mapping.Fold)));
        NoArgs(str, "swapcase", s => new PyStr(SwapCase(s)));
        NoArgs(str, "title", s => new PyStr(Title(s)));
        NoArgs(str, "capitalize", s => new PyStr(Capitalize(s)));
        NoArgs(str, "isalpha", s => All(s, Property.Alpha));
        NoArgs(str, "isdecimal", s => All(s, Property.Decimal));
        NoArgs(str, "isdigit", s => All(s, Property.Digit));
        NoArgs(str, "isnumeric", s => All(s, Property.Numeric));
        NoArgs(str, "isalnum", s => All(s, Property.Alpha | Property.Decimal | Property.Digit | Property.Numeric));
        NoArgs(str, "isspace", s => All(s, Property.Space));
        NoArgs(str, "isprintable", s =>
        {
            foreach (var rune in Runes(s))
            {
                if (!UnicodeInfo.IsPrintable(rune))
                    return PyBool.False;
            }
            return PyBool.True;
        });
        NoArgs(str, "isupper", s => PyBool.From(IsCasedAs(s, Property.Upper, Property.Lower)));
        NoArgs(str, "islower", s => PyBool.From(IsCasedAs(s, Property.Lower, Property.Upper)));
        NoArgs(str, "istitle", s => PyBool.From(IsTitle(s)));
        NoArgs(str, "isidentifier", s => PyBool.From(UnicodeInfo.IsIdentifier(s)));
        NoArgs(str, "isascii", s => PyBool.From(Ascii.IsValid(s)));
        Strip(str, "strip", left: true, right: true);
        Strip(str, "lstrip", left: true, right: false);
        Strip(str, "rstrip", left: false, right: true);
    }

    private static void NoArgs(PyType type, string name, Func<string, PyObject> body) =>
        type.Method(name, (args, kw) => body(((PyStr)args[0]).Value), CallShape.NoArgs);

    private static void Strip(PyType type, string name, bool left, bool right) =>
        type.Method(name, (args, kw) =>
        {
            if (args.Length > 2)
                throw Errors.Type($"{name} expected at most 1 argument, got {args.Length - 1}");
            var self = (PyStr)args[0];
            var chars = args.Length > 1 ? args[1] : PyNone.Instance;
            if (chars is not (PyStr or PyNone))
                throw Errors.Type($"{name} arg must be None or str");
            string s = self.Value;
            int start = 0, end = s.Length;
            if (chars is PyStr set && !new PyStr(set.Value).IsBmp)
            {
                // Code points outside the BMP: compare whole code points.
                var wanted = new HashSet<int>(CodePoints.ToArray(set.Value));
                while (left && start < end && wanted.Contains(CodePointAt(s, start)))
                    start += char.IsSurrogatePair(s, start) ? 2 : 1;
                while (right && end > start && wanted.Contains(CodePointBefore(s, end)))
                    end -= end >= 2 && char.IsSurrogatePair(s, end - 2) ? 2 : 1;
            }
            else
            {
                string? table = (chars as PyStr)?.Value;
                while (left && start < end && (table is null ? IsSpace(s[start]) : table.Contains(s[start])))
                    start++;
                while (right && end > start && (table is null ? IsSpace(s[end - 1]) : table.Contains(s[end - 1])))
                    end--;
            }
            return start == 0 && end == s.Length && self.Type == PyStr.TypeObject ? self : new PyStr(s[start..end]);
        }, CallShape.FastCall);

    private static int CodePointAt(string s, int i) => char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i) : s[i];

    private static int CodePointBefore(string s, int end) =>
        end >= 2 && char.IsSurrogatePair(s, end - 2) ? char.ConvertToUtf32(s, end - 2) : s[end - 1];

    /// <summary>Python's str.isspace for one UTF-16 unit (no whitespace lies outside the BMP).</summary>
    public static bool IsSpace(char c) => c < 0x80
        ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f'
        : UnicodeInfo.Has(c, Property.Space);

    private static IEnumerable<int> Runes(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                yield return char.ConvertToUtf32(s, i);
                i++;
            }
            else
            {
                yield return s[i];
            }
        }
    }

    private static PyObject All(string s, Property wanted)
    {
        if (s.Length == 0)
            return PyBool.False;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i++) : s[i];
            if ((UnicodeInfo.Properties(cp) & wanted) == 0)
                return PyBool.False;
        }
        return PyBool.True;
    }

    /// <summary>isupper/islower: some cased character, and none of the other case or titlecase.</summary>
    private static bool IsCasedAs(string s, Property wanted, Property other)
    {
        bool cased = false;
        foreach (int cp in Runes(s))
        {
            var p = UnicodeInfo.Properties(cp);
            if ((p & (other | Property.Title)) != 0)
                return false;
            if ((p & wanted) != 0)
                cased = true;
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (int cp in Runes(s))
        {
            var p = UnicodeInfo.Properties(cp);
            if ((p & (Property.Upper | Property.Title)) != 0)
            {
                if (previousCased)
                    return false;
                previousCased = cased = true;
            }
            else if ((p & Property.Lower) != 0)
            {
                if (!previousCased)
                    return false;
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---- Case mappings ----

    public static string Lower(string s)
    {
        if (Ascii.IsValid(s))
            return s.ToLowerInvariant();
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
            AppendLower(sb, cps, i);
        return sb.ToString();
    }

    private static string Map(string s, UnicodeInfo.Mapping mapping)
    {
        var sb = new StringBuilder(s.Length);
        foreach (int cp in Runes(s))
            UnicodeInfo.AppendMapped(sb, cp, mapping);
        return sb.ToString();
    }

    /// <summary>The lowercase of cps[i]; a capital sigma at the end of a word becomes the final sigma.</summary>
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        if (cps[i] != 0x3A3)
        {
            UnicodeInfo.AppendMapped(sb, cps[i], UnicodeInfo.Mapping.Lower);
            return;
        }
        int j = i - 1;
        while (j >= 0 && UnicodeInfo.Has(cps[j], Property.CaseIgnorable))
            j--;
        bool final = j >= 0 && UnicodeInfo.Has(cps[j], Property.Cased);
        if (final)
        {
            j = i + 1;
            while (j < cps.Length && UnicodeInfo.Has(cps[j], Property.CaseIgnorable))
                j++;
            final = j == cps.Length || !UnicodeInfo.Has(cps[j], Property.Cased);
        }
        sb.Append(final ? '\u03C2' : '\u03C3');
    }

    private static string SwapCase(string s)
    {
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            var p = UnicodeInfo.Properties(cps[i]);
            if ((p & Property.Upper) != 0)
                AppendLower(sb, cps, i);
            else if ((p & Property.Lower) != 0)
                UnicodeInfo.AppendMapped(sb, cps[i], UnicodeInfo.Mapping.Upper);
            else
                UnicodeInfo.AppendCodePoint(sb, cps[i]);
        }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            if (previousCased)
                AppendLower(sb, cps, i);
            else
                UnicodeInfo.AppendMapped(sb, cps[i], UnicodeInfo.Mapping.Title);
            previousCased = UnicodeInfo.Has(cps[i], Property.Cased);
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        var cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (i == 0)
                UnicodeInfo.AppendMapped(sb, cps[i], UnicodeInfo.Mapping.Title);
            else
                AppendLower(sb, cps, i);
        }
        return sb.ToString();
    }
}
