using System.Text;

namespace Adder.Runtime;

/// <summary>
/// "Did you mean: 'x'?" for uncaught NameError and AttributeError, chosen as CPython 3.11 chooses
/// (Python/suggestions.c): the closest candidate by an edit distance over UTF-8 bytes where a case
/// change costs 1 and other edits 2, at most a third of the characters involved.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidates = 750;
    private const int MaxLength = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    public static string? For(PyBaseException e)
    {
        try
        {
            if (e.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                return ForAttribute(e);
            if (e.Type.IsSubtypeOf(ExceptionTypes.NameError))
                return ForName(e);
        }
        catch (PyException)
        {
        }
        return null;
    }

    private static string? ForAttribute(PyBaseException e)
    {
        if (e.Member("name") is not PyStr name || !e.HasMember("obj"))
            return null;
        var dir = Ops.Call(Builtins.Dict.Get("dir")!, new[] { e.Member("obj") });
        return Closest(Ops.UnpackSequenceAny(dir), name.Value);
    }

    private static string? ForName(PyBaseException e)
    {
        if (e.Member("name") is not PyStr name || e.Traceback is null)
            return null;
        var tb = e.Traceback;
        while (tb.Next is not null)
            tb = tb.Next;
        var frame = tb.Frame.Frame;
        var locals = new List<PyObject>();
        foreach (var v in frame.Code.Varnames)
            locals.Add(new PyStr(v));
        return Closest(locals, name.Value)
            ?? Closest(Keys(frame.Globals), name.Value)
            ?? Closest(Keys(frame.Builtins), name.Value);
    }

    private static IReadOnlyList<PyObject> Keys(PyDict d)
    {
        var keys = new List<PyObject>(d.Count);
        foreach (var (k, _) in d.Items())
            keys.Add(k);
        return keys;
    }

    private static string? Closest(IReadOnlyList<PyObject> candidates, string name)
    {
        if (candidates.Count >= MaxCandidates)
            return null;
        byte[] target = Encoding.UTF8.GetBytes(name);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate is not PyStr s || s.Value == name)
                continue;
            byte[] item = Encoding.UTF8.GetBytes(s.Value);
            int maxDistance = Math.Min((target.Length + item.Length + 3) * MoveCost / 6, bestDistance - 1);
            int distance = Distance(target, item, maxDistance);
            if (distance > maxDistance)
                continue;
            if (best is null || distance < bestDistance)
            {
                best = s.Value;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
            return MoveCost;
        if (a == b)
            return 0;
        int la = a is >= (byte)'A' and <= (byte)'Z' ? a + 32 : a;
        int lb = b is >= (byte)'A' and <= (byte)'Z' ? b + 32 : b;
        return la == lb ? CaseCost : MoveCost;
    }

    /// <summary>The weighted edit distance, or more than <paramref name="maxCost"/> once it cannot be within it.</summary>
    private static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0)
            return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxLength || b.Length > MaxLength)
            return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost)
            return maxCost + 1;
        Span<int> row = stackalloc int[a.Length];
        for (int i = 0; i < a.Length; i++)
            row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            int diagonal = bi * MoveCost;
            result = diagonal;
            int minimum = int.MaxValue;
            for (int ai = 0; ai < a.Length; ai++)
            {
                int substitute = diagonal + SubstitutionCost(b[bi], a[ai]);
                diagonal = row[ai];
                result = Math.Min(Math.Min(result, diagonal) + MoveCost, substitute);
                row[ai] = result;
                minimum = Math.Min(minimum, result);
            }
            if (minimum > maxCost)
                return maxCost + 1;
        }
        return result;
    }
}
