namespace Adder.Parser;

/// <summary>Python 3.11's hard keywords (soft keywords are ordinary names to the tokenizer).</summary>
internal static class Keywords
{
    private static readonly Dictionary<string, TokenKind> s_keywords = new()
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async, ["await"] = TokenKind.Await, ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While,
        ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    public static TokenKind Lookup(string name) =>
        name.Length >= 2 && name.Length <= 8 && s_keywords.TryGetValue(name, out var kind) ? kind : TokenKind.Name;

    /// <summary>The source spelling of a keyword or operator token kind, for error messages.</summary>
    public static string? Spelling(TokenKind kind)
    {
        foreach (var (name, k) in s_keywords)
        {
            if (k == kind)
                return name;
        }
        return null;
    }
}

/// <summary>
/// Interns ASCII identifiers straight from UTF-8 bytes, so a name seen a thousand times in a file
/// allocates one string (which is also <see cref="string.Intern"/>ed, for the runtime's sake).
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[1024];
    private int _count;

    public string Intern(ReadOnlySpan<byte> ascii)
    {
        uint hash = 2166136261;
        foreach (byte b in ascii)
            hash = (hash ^ b) * 16777619;
        int mask = _slots.Length - 1;
        int i = (int)(hash & (uint)mask);
        while (true)
        {
            string? s = _slots[i];
            if (s is null)
                break;
            if (Equal(s, ascii))
                return s;
            i = (i + 1) & mask;
        }
        string created = string.Intern(System.Text.Encoding.ASCII.GetString(ascii));
        _slots[i] = created;
        if (++_count * 2 > _slots.Length)
            Grow();
        return created;
    }

    private static bool Equal(string s, ReadOnlySpan<byte> ascii)
    {
        if (s.Length != ascii.Length)
            return false;
        for (int i = 0; i < ascii.Length; i++)
        {
            if (s[i] != ascii[i])
                return false;
        }
        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        _count = 0;
        foreach (var s in old)
        {
            if (s is null)
                continue;
            uint hash = 2166136261;
            foreach (char c in s)
                hash = (hash ^ c) * 16777619;
            int mask = _slots.Length - 1;
            int i = (int)(hash & (uint)mask);
            while (_slots[i] is not null)
                i = (i + 1) & mask;
            _slots[i] = s;
            _count++;
        }
    }
}
