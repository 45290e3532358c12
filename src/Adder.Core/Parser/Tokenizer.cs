using System.Text;
using Adder.Common;

namespace Adder.Parser;

/// <summary>
/// Python 3.11's lexical analysis over UTF-8 source (Parser/tokenizer.c is the reference for every
/// rule and message). The whole f-string is one STRING token, as in 3.11; the parser splits it.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;
    private const int TabSize = 8;

    private readonly byte[] _s;
    private readonly int _length;
    private int _pos;
    private int _lineStart;
    private int _lineno = 1;
    private bool _atBol = true;
    private bool _blankLine;
    private bool _done;

    private readonly int[] _indents = new int[MaxIndent];
    private readonly int[] _altIndents = new int[MaxIndent];
    private int _indent;
    private int _pending;

    private readonly byte[] _parens = new byte[MaxLevel];
    private readonly int[] _parenLines = new int[MaxLevel];
    private readonly int[] _parenCols = new int[MaxLevel];
    private int _level;

    /// <summary>Start offsets of the lines seen so far (index 0 is line 1).</summary>
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly NameTable _names = new();

    /// <summary>Creates a tokenizer over normalized UTF-8 source (see <see cref="SourceDecoder"/>).</summary>
    public Tokenizer(byte[] utf8, int length, bool encodingDeclared = false)
    {
        _s = utf8;
        _length = length;
        EncodingDeclared = encodingDeclared;
    }

    /// <summary>
    /// The source had a BOM or a coding declaration. CPython then reports parser errors in characters;
    /// otherwise (bytes given to compile(), a plain UTF-8 file) in UTF-8 bytes.
    /// </summary>
    public bool EncodingDeclared { get; }

    /// <summary>The input ended inside brackets (the parser reports "'(' was never closed").</summary>
    public bool EndedInsideBrackets => _done && _level > 0;

    public byte[] Source => _s;
    public int Length => _length;
    public int Level => _level;

    /// <summary>Details of the innermost open bracket, for "'(' was never closed".</summary>
    public (char Paren, int Lineno, int Col) InnermostParen =>
        ((char)_parens[_level - 1], _parenLines[_level - 1], _parenCols[_level - 1]);

    /// <summary>Reads the next token; throws <see cref="PythonSyntaxError"/> on lexical errors.</summary>
    public void Next(ref Token tok)
    {
        tok.Text = null;
    NextLine:
        _blankLine = false;
        if (_atBol)
            ReadIndentation();

        if (_pending != 0)
        {
            tok.Kind = _pending < 0 ? TokenKind.Dedent : TokenKind.Indent;
            _pending += _pending < 0 ? 1 : -1;
            SetCursorSpan(ref tok);
            return;
        }

    Again:
        int c = Peek();
        while (c == ' ' || c == '\t' || c == '\f')
        {
            _pos++;
            c = Peek();
        }
        int start = _pos;

        if (c == '#')
        {
            while (_pos < _length && _s[_pos] != '\n')
                _pos++;
            c = Peek();
        }

        if (c < 0)
        {
            if (_level > 0)
            {
                _done = true;
                tok.Kind = TokenKind.EndMarker;
                SetCursorSpan(ref tok);
                return;
            }
            if (!_done)
            {
                _done = true;
                if (_indent > 0)
                {
                    _pending = -_indent;
                    _indent = 0;
                    goto NextLine;
                }
            }
            tok.Kind = TokenKind.EndMarker;
            SetCursorSpan(ref tok);
            return;
        }

        if (IsIdentifierStartByte(c))
        {
            ReadNameOrString(ref tok, start);
            return;
        }

        if (c == '\n')
        {
            _pos++;
            _atBol = true;
            if (_blankLine || _level > 0)
            {
                NewLineStarted();
                goto NextLine;
            }
            tok.Kind = TokenKind.Newline;
            SetSpan(ref tok, start, start);
            NewLineStarted();
            return;
        }

        if (c == '.')
        {
            int c1 = Peek(1);
            if (c1 >= '0' && c1 <= '9')
            {
                ReadNumber(ref tok, start);
                return;
            }
            if (c1 == '.' && Peek(2) == '.')
            {
                _pos += 3;
                tok.Kind = TokenKind.Ellipsis;
                SetSpan(ref tok, start, _pos);
                return;
            }
        }
        if (c >= '0' && c <= '9')
        {
            ReadNumber(ref tok, start);
            return;
        }
        if (c == '\'' || c == '"')
        {
            ReadString(ref tok, start);
            return;
        }
        if (c == '\\')
        {
            _pos++;
            c = Peek();
            if (c != '\n')
                throw PegenError("unexpected character after line continuation character", _lineno, _pos - _lineStart + 1, _lineno, 0);
            _pos++;
            if (_pos >= _length)
                throw PegenError("unexpected EOF while parsing", _lineno, _pos - _lineStart, _lineno, -1);
            NewLineStarted();
            goto Again;
        }

        ReadOperator(ref tok, start, c);
    }

    /// <summary>
    /// Moves to the line starting at the cursor. As in CPython, the line number only advances when there
    /// is a next line: at the end of input positions stay on the last line.
    /// </summary>
    private void NewLineStarted()
    {
        if (_pos >= _length)
            return;
        _lineno++;
        _lineStart = _pos;
        if (_lineStarts.Count < _lineno)
            _lineStarts.Add(_pos);
    }

    private int Peek() => _pos < _length ? _s[_pos] : -1;

    private int Peek(int ahead) => _pos + ahead < _length ? _s[_pos + ahead] : -1;

    /// <summary>INDENT, DEDENT and ENDMARKER have no span (column -1); errors at them use the cursor.</summary>
    private void SetCursorSpan(ref Token tok)
    {
        tok.Start = tok.End = _pos;
        tok.Lineno = tok.EndLineno = _lineno;
        tok.ColOffset = tok.EndColOffset = -1;
    }

    private void SetSpan(ref Token tok, int start, int end)
    {
        tok.Start = start;
        tok.End = end;
        tok.Lineno = tok.EndLineno = _lineno;
        tok.ColOffset = start - _lineStart;
        tok.EndColOffset = end - _lineStart;
    }

    private void ReadIndentation()
    {
        _atBol = false;
        int col = 0, altCol = 0, contLineCol = 0;
        while (true)
        {
            int c = Peek();
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altCol = altCol + 1;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                // A continuation line at the start of a logical line: the indentation is what came before it.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                _pos += 2;
                NewLineStarted();
                continue;
            }
            else
            {
                break;
            }
            _pos++;
        }
        int next = Peek();
        if (next == '#' || next == '\n')
            _blankLine = true;
        if (_blankLine || _level != 0)
            return;
        if (next < 0)
            col = altCol = 0;
        if (contLineCol != 0)
            col = altCol = contLineCol;

        if (col == _indents[_indent])
        {
            if (altCol != _altIndents[_indent])
                throw TabError();
        }
        else if (col > _indents[_indent])
        {
            if (_indent + 1 >= MaxIndent)
                throw PegenError("too many levels of indentation", _lineno, 1, _lineno, 0, SyntaxErrorKind.IndentationError);
            if (altCol <= _altIndents[_indent])
                throw TabError();
            _pending++;
            _indent++;
            _indents[_indent] = col;
            _altIndents[_indent] = altCol;
        }
        else
        {
            while (_indent > 0 && col < _indents[_indent])
            {
                _pending--;
                _indent--;
            }
            if (col != _indents[_indent])
            {
                // Reported at the end of the line, as CPython's tokenizer leaves its cursor there.
                int end = _pos;
                while (end < _length && _s[end] != '\n')
                    end++;
                throw PegenError("unindent does not match any outer indentation level", _lineno, Math.Min(end + 1, _length) - _lineStart, _lineno, -1,
                    SyntaxErrorKind.IndentationError);
            }
            if (altCol != _altIndents[_indent])
                throw TabError();
        }
    }

    private PythonSyntaxError TabError() =>
        PegenError("inconsistent use of tabs and spaces in indentation", _lineno, 1, _lineno, 0, SyntaxErrorKind.TabError);

    private static bool IsIdentifierStartByte(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 0x80;

    private static bool IsIdentifierByte(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9 || c >= 0x80;

    private void ReadNameOrString(ref Token tok, int start)
    {
        // String prefixes: any of b, r, u, f in either case, in the combinations Python allows.
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            int c = Peek();
            int lower = c | 0x20;
            if (!(sawB || sawU || sawF) && lower == 'b')
                sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && lower == 'u')
                sawU = true;
            else if (!(sawR || sawU) && lower == 'r')
                sawR = true;
            else if (!(sawF || sawB || sawU) && lower == 'f')
                sawF = true;
            else
                break;
            _pos++;
            int q = Peek();
            if (q == '\'' || q == '"')
            {
                ReadString(ref tok, start);
                return;
            }
        }

        bool ascii = true;
        while (true)
        {
            int c = Peek();
            if (!IsIdentifierByte(c))
                break;
            if (c >= 0x80)
                ascii = false;
            _pos++;
        }
        string text;
        if (ascii)
        {
            text = _names.Intern(_s.AsSpan(start, _pos - start));
        }
        else
        {
            text = VerifyIdentifier(start);
        }
        // Keywords are matched before normalization: `aſ` is the name "as", not the keyword (as in CPython).
        tok.Kind = ascii ? Keywords.Lookup(text) : TokenKind.Name;
        tok.Text = text;
        SetSpan(ref tok, start, _pos);
    }

    /// <summary>Checks a non-ASCII identifier character by character and NFKC-normalizes it.</summary>
    private string VerifyIdentifier(int start)
    {
        string raw = Encoding.UTF8.GetString(_s, start, _pos - start);
        int bytePos = start;
        for (int i = 0; i < raw.Length;)
        {
            int cp = char.ConvertToUtf32(raw, i);
            bool ok = i == 0 ? UnicodeInfo.IsIdentifierStart(cp) : UnicodeInfo.IsIdentifierContinue(cp);
            if (!ok)
            {
                // NFKC may still turn it into a valid identifier (CPython checks the normalized form).
                string normalized = UnicodeNormalization.NormalizeKC(raw);
                if (UnicodeInfo.IsIdentifier(normalized))
                    return string.Intern(normalized);
                int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                _pos = bytePos + width;
                string msg = UnicodeInfo.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
                    : $"invalid non-printable character U+{cp:X4}";
                throw ErrorAtCursor(msg, _pos);
            }
            int w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            bytePos += w;
            i += cp > 0xFFFF ? 2 : 1;
        }
        return string.Intern(UnicodeNormalization.NormalizeKC(raw));
    }

    private void ReadString(ref Token tok, int start)
    {
        int quote = _s[_pos];
        int quoteSize = 1;
        int firstLine = _lineno;
        int firstLineStart = _lineStart;
        _pos++;
        if (Peek() == quote && Peek(1) == quote)
        {
            quoteSize = 3;
            _pos += 2;
        }
        else if (Peek() == quote)
        {
            _pos++;
            tok.Kind = TokenKind.String;
            SetSpan(ref tok, start, _pos);
            return;
        }

        int endQuotes = 0;
        while (endQuotes != quoteSize)
        {
            int c = Peek();
            if (c < 0 || (quoteSize == 1 && c == '\n'))
            {
                int detectedAt = _lineno;
                if (c < 0 && _pos > 0 && _lineStart == _pos)
                    detectedAt--;
                _lineno = firstLine;
                _lineStart = firstLineStart;
                string what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                throw ErrorAtCursor($"{what} (detected at line {detectedAt})", start + 1);
            }
            _pos++;
            if (c == quote)
            {
                endQuotes++;
            }
            else
            {
                endQuotes = 0;
                if (c == '\n')
                {
                    NewLineStarted();
                }
                else if (c == '\\')
                {
                    int n = Peek();
                    if (n >= 0)
                    {
                        _pos++;
                        if (n == '\n')
                            NewLineStarted();
                    }
                }
            }
        }
        tok.Kind = TokenKind.String;
        tok.Start = start;
        tok.End = _pos;
        tok.Lineno = firstLine;
        tok.ColOffset = start - firstLineStart;
        tok.EndLineno = _lineno;
        tok.EndColOffset = _pos - _lineStart;
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private void ReadNumber(ref Token tok, int start)
    {
        int c = Peek();
        if (c == '0')
        {
            _pos++;
            c = Peek();
            int lower = c | 0x20;
            if (lower == 'x' || lower == 'o' || lower == 'b')
            {
                _pos++;
                ReadRadixDigits(lower);
                tok.Kind = TokenKind.Number;
                SetSpan(ref tok, start, _pos);
                return;
            }
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    _pos++;
                    c = Peek();
                    if (!IsDigit(c))
                        throw ErrorAtCursor("invalid decimal literal", _pos);
                }
                if (c != '0')
                    break;
                _pos++;
                c = Peek();
            }
            int zerosEnd = _pos + 1;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
            }
            NumberTail(ref tok, start, c, allowFraction: true, leadingZerosEnd: nonzero ? zerosEnd : -1);
            return;
        }

        if (c != '.')
            c = DecimalTail();
        NumberTail(ref tok, start, c, allowFraction: true);
    }

    /// <summary>
    /// What may follow the digits read so far: a fraction, an exponent, an imaginary suffix, or the end
    /// of the number (where an integer with leading zeros, ending at <paramref name="leadingZerosEnd"/>, is an error).
    /// </summary>
    private void NumberTail(ref Token tok, int start, int c, bool allowFraction, int leadingZerosEnd = -1)
    {
        if (c == '.' && allowFraction)
        {
            _pos++;
            ReadFraction(ref tok, start);
        }
        else if (c == 'e' || c == 'E')
        {
            ReadExponent(ref tok, start);
        }
        else if (c == 'j' || c == 'J')
        {
            ReadImaginary(ref tok, start);
        }
        else
        {
            if (leadingZerosEnd >= 0)
            {
                throw ErrorAtBytesRaw("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start + 1 - _lineStart, leadingZerosEnd - _lineStart);
            }
            VerifyEndOfNumber("decimal");
            tok.Kind = TokenKind.Number;
            SetSpan(ref tok, start, _pos);
        }
    }

    private void ReadRadixDigits(int kind)
    {
        string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        int c = Peek();
        do
        {
            if (c == '_')
            {
                _pos++;
                c = Peek();
            }
            bool ok = kind == 'x' ? IsHexDigit(c) : kind == 'o' ? (uint)(c - '0') <= 7 : (uint)(c - '0') <= 1;
            if (!ok)
            {
                if (kind != 'x' && IsDigit(c))
                {
                    _pos++;
                    throw ErrorAtCursor($"invalid digit '{(char)c}' in {name} literal", _pos);
                }
                throw ErrorAtCursor($"invalid {name} literal", _pos);
            }
            do
            {
                _pos++;
                c = Peek();
                ok = kind == 'x' ? IsHexDigit(c) : kind == 'o' ? (uint)(c - '0') <= 7 : (uint)(c - '0') <= 1;
            }
            while (ok);
        }
        while (c == '_');
        if (kind != 'x' && IsDigit(c))
        {
            _pos++;
            throw ErrorAtCursor($"invalid digit '{(char)c}' in {name} literal", _pos);
        }
        VerifyEndOfNumber(name);
    }

    /// <summary>Digits with single underscores between them; returns the first byte after.</summary>
    private int DecimalTail()
    {
        while (true)
        {
            int c;
            do
            {
                _pos++;
                c = Peek();
            }
            while (IsDigit(c));
            if (c != '_')
                return c;
            _pos++;
            c = Peek();
            if (!IsDigit(c))
                throw ErrorAtCursor("invalid decimal literal", _pos);
            _pos--;
        }
    }

    private void ReadFraction(ref Token tok, int start)
    {
        int c = Peek();
        if (IsDigit(c))
        {
            _pos--;
            c = DecimalTail();
        }
        NumberTail(ref tok, start, c, allowFraction: false);
    }

    private void ReadExponent(ref Token tok, int start)
    {
        int ePos = _pos;
        _pos++;
        int c = Peek();
        if (c == '+' || c == '-')
        {
            _pos++;
            c = Peek();
            if (!IsDigit(c))
                throw ErrorAtCursor("invalid decimal literal", _pos);
        }
        else if (!IsDigit(c))
        {
            // "1e" followed by a non-digit: the number ends before the 'e'.
            _pos = ePos;
            VerifyEndOfNumber("decimal");
            tok.Kind = TokenKind.Number;
            SetSpan(ref tok, start, _pos);
            return;
        }
        _pos--;
        c = DecimalTail();
        if (c == 'j' || c == 'J')
        {
            ReadImaginary(ref tok, start);
            return;
        }
        VerifyEndOfNumber("decimal");
        tok.Kind = TokenKind.Number;
        SetSpan(ref tok, start, _pos);
    }

    private void ReadImaginary(ref Token tok, int start)
    {
        _pos++;
        VerifyEndOfNumber("imaginary");
        tok.Kind = TokenKind.Number;
        SetSpan(ref tok, start, _pos);
    }

    /// <summary>
    /// A number directly followed by a name character is an error, except before the keywords that
    /// can follow a number in valid code ("1if x else y"), which CPython only warns about.
    /// </summary>
    private void VerifyEndOfNumber(string kind)
    {
        int c = Peek();
        if (!IsIdentifierByte(c))
            return;
        ReadOnlySpan<byte> rest = _s.AsSpan(_pos, _length - _pos);
        if (rest.StartsWith("and"u8) || rest.StartsWith("else"u8) || rest.StartsWith("for"u8) ||
            rest.StartsWith("if"u8) || rest.StartsWith("in"u8) || rest.StartsWith("is"u8) ||
            rest.StartsWith("or"u8) || rest.StartsWith("not"u8))
        {
            return;
        }
        throw ErrorAtCursor($"invalid {kind} literal", _pos);
    }

    private void ReadOperator(ref Token tok, int start, int c)
    {
        int c1 = Peek(1);
        int c2 = Peek(2);
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': kind = TokenKind.LPar; break;
            case ')': kind = TokenKind.RPar; break;
            case '[': kind = TokenKind.LSqb; break;
            case ']': kind = TokenKind.RSqb; break;
            case '{': kind = TokenKind.LBrace; break;
            case '}': kind = TokenKind.RBrace; break;
            case ':': if (c1 == '=') { kind = TokenKind.ColonEqual; len = 2; } else kind = TokenKind.Colon; break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '+': if (c1 == '=') { kind = TokenKind.PlusEqual; len = 2; } else kind = TokenKind.Plus; break;
            case '-':
                if (c1 == '=') { kind = TokenKind.MinEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.RArrow; len = 2; }
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') { if (c2 == '=') { kind = TokenKind.DoubleStarEqual; len = 3; } else { kind = TokenKind.DoubleStar; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.StarEqual; len = 2; }
                else kind = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') { if (c2 == '=') { kind = TokenKind.DoubleSlashEqual; len = 3; } else { kind = TokenKind.DoubleSlash; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.SlashEqual; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '|': if (c1 == '=') { kind = TokenKind.VBarEqual; len = 2; } else kind = TokenKind.VBar; break;
            case '&': if (c1 == '=') { kind = TokenKind.AmperEqual; len = 2; } else kind = TokenKind.Amper; break;
            case '^': if (c1 == '=') { kind = TokenKind.CircumflexEqual; len = 2; } else kind = TokenKind.Circumflex; break;
            case '%': if (c1 == '=') { kind = TokenKind.PercentEqual; len = 2; } else kind = TokenKind.Percent; break;
            case '@': if (c1 == '=') { kind = TokenKind.AtEqual; len = 2; } else kind = TokenKind.At; break;
            case '~': kind = TokenKind.Tilde; break;
            case '.': kind = TokenKind.Dot; break;
            case '=': if (c1 == '=') { kind = TokenKind.EqEqual; len = 2; } else kind = TokenKind.Equal; break;
            case '!': if (c1 == '=') { kind = TokenKind.NotEqual; len = 2; } else kind = TokenKind.ErrorToken; break;
            case '<':
                if (c1 == '<') { if (c2 == '=') { kind = TokenKind.LeftShiftEqual; len = 3; } else { kind = TokenKind.LeftShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.LessEqual; len = 2; }
                else if (c1 == '>') { kind = TokenKind.NotEqual; len = 2; }
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') { if (c2 == '=') { kind = TokenKind.RightShiftEqual; len = 3; } else { kind = TokenKind.RightShift; len = 2; } }
                else if (c1 == '=') { kind = TokenKind.GreaterEqual; len = 2; }
                else kind = TokenKind.Greater;
                break;
            default:
                if (c < ' ' && c != '\r' || c == 0x7f)
                {
                    _pos++;
                    throw ErrorAtCursor($"invalid non-printable character U+{c:X4}", _pos);
                }
                kind = TokenKind.ErrorToken;
                break;
        }

        switch (kind)
        {
            case TokenKind.LPar:
            case TokenKind.LSqb:
            case TokenKind.LBrace:
                if (_level >= MaxLevel)
                    throw ErrorAtCursor("too many nested parentheses", _pos + 1);
                _parens[_level] = (byte)c;
                _parenLines[_level] = _lineno;
                _parenCols[_level] = start - _lineStart;
                _level++;
                break;
            case TokenKind.RPar:
            case TokenKind.RSqb:
            case TokenKind.RBrace:
                if (_level == 0)
                    throw ErrorAtCursor($"unmatched '{(char)c}'", _pos + 1);
                _level--;
                int open = _parens[_level];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}'))
                {
                    string msg = _parenLines[_level] != _lineno
                        ? $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open}' on line {_parenLines[_level]}"
                        : $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open}'";
                    throw ErrorAtCursor(msg, _pos + 1);
                }
                break;
        }
        _pos += len;
        tok.Kind = kind;
        SetSpan(ref tok, start, _pos);
    }

    // ---- Errors ----

    /// <summary>The text of line <paramref name="lineno"/> (1-based), with its newline, or null if unknown.</summary>
    public string? LineText(int lineno)
    {
        if (lineno < 1 || lineno > _lineStarts.Count)
            return null;
        int start = _lineStarts[lineno - 1];
        int end = start;
        while (end < _length && _s[end] != '\n')
            end++;
        if (end < _length)
            end++;
        return Encoding.UTF8.GetString(_s, start, end - start);
    }

    /// <summary>Characters in the first <paramref name="byteCount"/> bytes of a line (a cut character counts as one).</summary>
    public int CharCount(int lineno, int byteCount)
    {
        int start = lineno >= 1 && lineno <= _lineStarts.Count ? _lineStarts[lineno - 1] : 0;
        int lineEnd = start;
        while (lineEnd < _length && _s[lineEnd] != '\n')
            lineEnd++;
        int limit = Math.Min(start + byteCount, lineEnd + 1);
        int chars = 0;
        for (int i = start; i < limit && i < _length; i++)
        {
            if ((_s[i] & 0xC0) != 0x80)
                chars++;
        }
        return chars;
    }

    /// <summary>
    /// A tokenizer error located like tokenizer.c's syntaxerror(): the offset counts the characters from
    /// the line start to <paramref name="cursor"/>.
    /// </summary>
    private PythonSyntaxError ErrorAtCursor(string msg, int cursor)
    {
        int offset = CharCount(_lineno, cursor - _lineStart);
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, _lineno, offset, _lineno, offset, LineText(_lineno));
    }

    /// <summary>
    /// An error located the way pegen locates them: 1-based byte offsets, turned into character offsets
    /// only when the source declared its encoding (Parser/pegen_errors.c); an end offset of 0 or less is
    /// kept as is.
    /// </summary>
    public PythonSyntaxError PegenError(string msg, int lineno, int offset, int endLineno, int endOffset,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (EncodingDeclared)
        {
            offset = CharCount(lineno, offset);
            if (endOffset > 0)
                endOffset = CharCount(lineno, endOffset);
        }
        return new PythonSyntaxError(kind, msg, lineno, offset, endLineno, endOffset, LineText(lineno));
    }

    /// <summary>The byte offset of <paramref name="pos"/> from the start of its line <paramref name="lineno"/>.</summary>
    public int ColumnOf(int lineno, int pos) => pos - (lineno >= 1 && lineno <= _lineStarts.Count ? _lineStarts[lineno - 1] : 0);

    /// <summary>An error whose offsets are given as raw byte counts (tokenizer's known-range errors).</summary>
    private PythonSyntaxError ErrorAtBytesRaw(string msg, int offset, int endOffset) =>
        new(SyntaxErrorKind.SyntaxError, msg, _lineno, offset, _lineno, endOffset, LineText(_lineno));
}
