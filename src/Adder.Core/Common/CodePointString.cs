namespace Adder.Common;

/// <summary>
/// A Python str that UTF-16 cannot hold faithfully: it has lone surrogates next to each other
/// (<c>'\ud800\udc00'</c> is two code points in Python, but as .NET chars it would read as one).
/// The parser produces it only for such literals; everything else is a plain <see cref="string"/>.
/// </summary>
public sealed class CodePointString
{
    public CodePointString(int[] codePoints) => CodePoints = codePoints;

    public int[] CodePoints { get; }

    /// <summary>
    /// Splits UTF-16 text into code points, keeping the units at <paramref name="loneSurrogates"/>
    /// (sorted indices of surrogates that came from escapes) as code points of their own.
    /// </summary>
    public static CodePointString FromUtf16(string text, List<int> loneSurrogates)
    {
        var result = new List<int>(text.Length);
        int next = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool lone = next < loneSurrogates.Count && loneSurrogates[next] == i;
            if (lone)
                next++;
            char c = text[i];
            bool pairsWithNext = !lone && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && !(next < loneSurrogates.Count && loneSurrogates[next] == i + 1);
            if (pairsWithNext)
            {
                result.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                result.Add(c);
            }
        }
        return new CodePointString(result.ToArray());
    }
}
