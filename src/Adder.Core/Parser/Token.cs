namespace Adder.Parser;

/// <summary>
/// Token kinds. Keywords get their own kinds so the parser compares integers; soft keywords
/// (<c>match</c>, <c>case</c>, <c>_</c>) stay <see cref="Name"/>.
/// </summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater,
    Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
    DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,

    /// <summary>A character that starts no token (<c>$</c>, <c>?</c>, a lone <c>!</c>).</summary>
    ErrorToken,

    // Keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}

/// <summary>
/// One token. Positions are CPython's: 1-based lines, 0-based columns counted in UTF-8 bytes;
/// <see cref="Start"/>/<see cref="End"/> index the UTF-8 source.
/// </summary>
public struct Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;

    /// <summary>The identifier (NFKC-normalized, interned) for names and keywords.</summary>
    public string? Text;

    public override readonly string ToString() => $"{Kind} {Text} {Lineno}:{ColOffset}-{EndLineno}:{EndColOffset}";
}
