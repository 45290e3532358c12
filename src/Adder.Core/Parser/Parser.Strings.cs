using System.Globalization;
using System.Numerics;
using System.Text;
using Adder.Common;
using Adder.Parser.Ast;

namespace Adder.Parser;

/// <summary>String and number literals: escapes, implicit concatenation and 3.11's f-strings.</summary>
public sealed partial class PythonParser
{
    /// <summary>Collects the parts of a (possibly concatenated) string expression.</summary>
    private sealed class StringState
    {
        public readonly StringBuilder Pending = new();
        public bool HasPending;

        /// <summary>Indices in <see cref="Pending"/> of surrogates written as escapes (see <see cref="CodePointString"/>).</summary>
        public List<int>? LoneSurrogates;
        public List<ExprNode>? Values;
        public bool FMode;
    }

    /// <summary>strings: STRING+, concatenated; a JoinedStr if any part is an f-string.</summary>
    private ExprNode Strings()
    {
        int first = _p;
        while (Kind == TokenKind.String)
            _p++;
        int last = _p - 1;
        // Errors inside the literal are reported at the token after the strings, as CPython does.
        _ = Kind;

        bool bytesMode = false;
        List<byte>? bytes = null;
        var state = new StringState();
        for (int i = first; i <= last; i++)
        {
            ref Token t = ref _tokens[i];
            var (isBytes, isRaw, isF, contentStart, contentEnd) = StringPrefix(ref t);
            if (i != first && isBytes != bytesMode)
                throw ErrorAtToken(_p, "cannot mix bytes and nonbytes literals");
            bytesMode = isBytes;
            if (isBytes)
            {
                bytes ??= new List<byte>();
                DecodeBytes(i, contentStart, contentEnd, isRaw, bytes);
            }
            else if (isF)
            {
                state.FMode = true;
                int pos = contentStart;
                FString(state, i, ref pos, contentEnd, isRaw, 0, first, last);
            }
            else
            {
                AppendLiteral(state, DecodeString(contentStart, contentEnd, isRaw));
                TakeLoneSurrogates(state);
            }
        }

        if (bytesMode)
            return Fin(new Constant { Value = bytes!.ToArray() }, first);
        return FinishFString(state, first, last, first, last);
    }

    private (bool Bytes, bool Raw, bool F, int ContentStart, int ContentEnd) StringPrefix(ref Token t)
    {
        var src = _tokenizer.Source;
        int i = t.Start;
        bool isBytes = false, isRaw = false, isF = false;
        while (src[i] != '"' && src[i] != '\'')
        {
            switch (src[i] | 0x20)
            {
                case 'b': isBytes = true; break;
                case 'r': isRaw = true; break;
                case 'f': isF = true; break;
            }
            i++;
        }
        byte quote = src[i];
        int quoteSize = i + 2 < t.End - 1 && src[i + 1] == quote && src[i + 2] == quote ? 3 : 1;
        if (t.End - i == 2)
            quoteSize = 1;
        return (isBytes, isRaw, isF, i + quoteSize, t.End - quoteSize);
    }

    /// <summary>Moves the escaped surrogates of the string just appended into <paramref name="state"/>.</summary>
    private void TakeLoneSurrogates(StringState state)
    {
        if (_loneSurrogates is null)
            return;
        int baseIndex = state.Pending.Length - _loneSurrogatesLength;
        state.LoneSurrogates ??= new List<int>();
        foreach (int i in _loneSurrogates)
            state.LoneSurrogates.Add(baseIndex + i);
        _loneSurrogates = null;
    }

    private static void AppendLiteral(StringState state, string s)
    {
        if (s.Length == 0)
            return;
        state.Pending.Append(s);
        state.HasPending = true;
    }

    private Constant MakeStr(StringState state, int first, int last)
    {
        string text = state.Pending.ToString();
        object value = state.LoneSurrogates is { } lone ? CodePointString.FromUtf16(text, lone) : text;
        state.Pending.Clear();
        state.HasPending = false;
        state.LoneSurrogates = null;
        var node = new Constant { Value = value, Kind = _tokenizer.Source[_tokens[first].Start] == 'u' ? "u" : null };
        return SpanTokens(node, first, last);
    }


    private ExprNode FinishFString(StringState state, int first, int last, int spanFirst, int spanLast)
    {
        if (!state.FMode)
            return MakeStrSpanned(state, first, spanFirst, spanLast);
        var values = state.Values ?? new List<ExprNode>();
        // The trailing text takes the span of the whole JoinedStr; text before a field spans all the strings.
        if (state.HasPending)
            values.Add(MakeStrSpanned(state, first, spanFirst, spanLast));
        state.Values = null;
        return SpanTokens(new JoinedStr { Values = values }, spanFirst, spanLast);
    }

    private Constant MakeStrSpanned(StringState state, int kindToken, int spanFirst, int spanLast)
    {
        var c = MakeStr(state, kindToken, spanLast);
        return SpanTokens(c, spanFirst, spanLast);
    }

    /// <summary>
    /// Parses f-string content from <paramref name="pos"/>: literal text and replacement fields, up to the
    /// end (top level) or the '}' closing a format spec (<paramref name="level"/> 1).
    /// </summary>
    private void FString(StringState state, int tokenIndex, ref int pos, int end, bool raw, int level, int first, int last)
    {
        var src = _tokenizer.Source;
        while (true)
        {
            // Literal text.
            int literalStart = pos;
            bool doubled = false;
            while (pos < end)
            {
                byte ch = src[pos++];
                if (!raw && ch == '\\' && pos < end)
                {
                    ch = src[pos++];
                    if (ch == 'N')
                    {
                        if (pos < end && src[pos++] == '{')
                        {
                            while (pos < end && src[pos++] != '}')
                            {
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}')
                {
                    if (level == 0)
                    {
                        if (pos < end && src[pos] == ch)
                        {
                            doubled = true;
                            break;
                        }
                        if (ch == '}')
                            throw ErrorAtToken(_p, "f-string: single '}' is not allowed");
                    }
                    pos--;
                    break;
                }
            }
            if (pos > literalStart)
            {
                AppendLiteral(state, raw ? DecodeUtf8(literalStart, pos) : DecodeString(literalStart, pos, false));
                TakeLoneSurrogates(state);
            }
            if (doubled)
            {
                pos++;
                continue;
            }
            if (pos >= end || src[pos] == '}')
                break;

            // A replacement field.
            var (value, debugText) = FStringField(state, tokenIndex, ref pos, end, raw, level, first, last);
            if (debugText is not null)
                AppendLiteral(state, debugText);
            if (state.HasPending)
                (state.Values ??= new()).Add(MakeStrSpanned(state, first, first, last));
            (state.Values ??= new()).Add(value);
        }
        if (level == 0 && pos < end)
            throw ErrorAtToken(_p, "f-string: unexpected end of string");
        if (level != 0 && (pos >= end || src[pos] != '}'))
            throw ErrorAtToken(_p, "f-string: expecting '}'");
    }

    private (ExprNode Value, string? DebugText) FStringField(StringState state, int tokenIndex, ref int pos, int end, bool raw, int level, int first, int last)
    {
        _ = state;
        var src = _tokenizer.Source;
        if (level >= 2)
            throw ErrorAtToken(_p, "f-string: expressions nested too deeply");
        int braceAt = pos;
        pos++;
        int exprStart = pos;
        byte quoteChar = 0;
        int stringType = 0;
        var parens = new Stack<byte>();
        for (; pos < end; pos++)
        {
            byte ch = src[pos];
            if (ch == '\\')
                throw ErrorAtToken(_p, "f-string expression part cannot include a backslash");
            if (quoteChar != 0)
            {
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch)
                {
                    stringType = 3;
                    pos += 2;
                }
                else
                {
                    stringType = 1;
                }
                quoteChar = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (parens.Count >= 200)
                    throw ErrorAtToken(_p, "f-string: too many nested parenthesis");
                parens.Push(ch);
            }
            else if (ch == '#')
            {
                throw ErrorAtToken(_p, "f-string expression part cannot include '#'");
            }
            else if (parens.Count == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                if (pos + 1 < end)
                {
                    byte next = src[pos + 1];
                    if (ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=')
                    {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<')
                    continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (parens.Count == 0)
                    throw ErrorAtToken(_p, $"f-string: unmatched '{(char)ch}'");
                byte opening = parens.Pop();
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}'))
                    throw ErrorAtToken(_p, $"f-string: closing parenthesis '{(char)ch}' does not match opening parenthesis '{(char)opening}'");
            }
        }
        int exprEnd = pos;
        if (quoteChar != 0)
            throw ErrorAtToken(_p, "f-string: unterminated string");
        if (parens.Count > 0)
            throw ErrorAtToken(_p, $"f-string: unmatched '{(char)parens.Peek()}'");
        if (pos >= end)
            throw ErrorAtToken(_p, "f-string: expecting '}'");

        var expression = CompileFStringExpression(tokenIndex, braceAt, exprStart, exprEnd);

        string? debugText = null;
        if (src[pos] == '=')
        {
            pos++;
            while (pos < end && (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\n' || src[pos] == '\r' || src[pos] == '\f' || src[pos] == '\v'))
                pos++;
            if (pos >= end)
                throw ErrorAtToken(_p, "f-string: expecting '}'");
            debugText = Encoding.UTF8.GetString(src, exprStart, pos - exprStart);
        }

        int conversion = -1;
        if (src[pos] == '!')
        {
            pos++;
            if (pos >= end)
                throw ErrorAtToken(_p, "f-string: expecting '}'");
            conversion = src[pos];
            pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw ErrorAtToken(_p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }

        ExprNode? formatSpec = null;
        if (pos < end && src[pos] == ':')
        {
            pos++;
            if (pos >= end)
                throw ErrorAtToken(_p, "f-string: expecting '}'");
            var specState = new StringState { FMode = true };
            FString(specState, tokenIndex, ref pos, end, raw, level + 1, first, last);
            formatSpec = FinishFString(specState, first, last, tokenIndex, tokenIndex);
        }

        if (pos >= end || src[pos] != '}')
            throw ErrorAtToken(_p, "f-string: expecting '}'");
        pos++;

        if (debugText is not null && formatSpec is null && conversion == -1)
            conversion = 'r';
        var fv = new FormattedValue { Value = expression, Conversion = conversion, FormatSpec = formatSpec };
        return (SpanTokens(fv, first, last), debugText);
    }

    /// <summary>
    /// Parses the text of a replacement field as "(expr)", placing its nodes where they sit in the file
    /// the way 3.11 does (Parser/string_parser.c: fstring_find_expr_location).
    /// </summary>
    private ExprNode CompileFStringExpression(int tokenIndex, int braceAt, int exprStart, int exprEnd)
    {
        var src = _tokenizer.Source;
        int s = exprStart;
        while (s < exprEnd && (src[s] == ' ' || src[s] == '\t' || src[s] == '\n' || src[s] == '\f'))
            s++;
        if (s == exprEnd)
        {
            byte next = src[exprEnd];
            throw ErrorAtToken(_p, next is (byte)'!' or (byte)':' or (byte)'='
                ? $"f-string: expression required before '{(char)next}'"
                : "f-string: empty expression not allowed");
        }

        ref Token t = ref _tokens[tokenIndex];
        bool newlineAfterBrace = true;
        for (int i = braceAt + 1; i < exprEnd && src[i] != '}' && src[i] != '\n'; i++)
        {
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
            {
                newlineAfterBrace = false;
                break;
            }
        }
        int lines = 0, cols = 0;
        if (!newlineAfterBrace)
        {
            int st = braceAt;
            while (st > t.Start && src[st] != '\n')
                st--;
            cols = braceAt - st;
            if (src[st] == '\n')
                cols--;
        }
        for (int i = t.Start; i < braceAt; i++)
        {
            if (src[i] == '\n')
                lines++;
        }

        int len = exprEnd - exprStart;
        var buf = new byte[len + 3];
        buf[0] = (byte)'(';
        Array.Copy(src, exprStart, buf, 1, len);
        buf[len + 1] = (byte)')';
        buf[len + 2] = (byte)'\n';
        int startLine = t.Lineno + lines;
        int startCol = lines == 0 ? t.ColOffset + cols : cols;
        var sub = new PythonParser(new Tokenizer(buf, buf.Length), startLine, startCol, fstringExpr: true);
        sub._depth = _depth;
        var e = sub.StarExpressions();
        if (sub.Kind != TokenKind.Newline)
            throw sub.InvalidSyntax();
        return e;
    }

    // ---- Plain literals ----

    // Escaped surrogates of the last DecodeString result (indices into it) and that result's length.
    private List<int>? _loneSurrogates;
    private int _loneSurrogatesLength;

    private string DecodeString(int start, int end, bool raw)
    {
        var src = _tokenizer.Source;
        int backslash = Array.IndexOf(src, (byte)'\\', start, end - start);
        if (raw || backslash < 0)
            return DecodeUtf8(start, end);

        var sb = new StringBuilder(end - start);
        int pos = start;
        // Positions in CPython's messages count each non-ASCII character as the 10-byte "\Uxxxxxxxx" it is rewritten to.
        int errorBase = 0;
        while (pos < end)
        {
            int b = src.AsSpan(pos, end - pos).IndexOf((byte)'\\');
            int chunkEnd = b < 0 ? end : pos + b;
            if (chunkEnd > pos)
            {
                string chunk = DecodeUtf8(pos, chunkEnd);
                sb.Append(chunk);
                foreach (var r in chunk.EnumerateRunes())
                    errorBase += r.Value < 0x80 ? 1 : 10;
            }
            pos = chunkEnd;
            if (pos >= end)
                break;
            int escStart = errorBase;
            pos++;
            if (pos >= end)
            {
                throw ErrorAtToken(_p, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " + escStart + ": \\ at end of string");
            }
            byte c = src[pos++];
            errorBase += 2;
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'\'': sb.Append('\''); break;
                case (byte)'"': sb.Append('"'); break;
                case (byte)'a': sb.Append('\a'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'v': sb.Append('\v'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    for (int k = 0; k < 2 && pos < end && src[pos] >= '0' && src[pos] <= '7'; k++)
                    {
                        value = value * 8 + (src[pos++] - '0');
                        errorBase++;
                    }
                    sb.Append((char)value);
                    break;
                }
                case (byte)'x':
                case (byte)'u':
                case (byte)'U':
                {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int value = 0;
                    int k = 0;
                    for (; k < digits && pos < end && IsHex(src[pos]); k++)
                        value = value * 16 + HexValue(src[pos++]);
                    errorBase += k;
                    if (k < digits)
                    {
                        string what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw ErrorAtToken(_p, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{errorBase - 1}: {what}");
                    }
                    if (value > 0x10FFFF)
                        throw ErrorAtToken(_p, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{errorBase - 1}: illegal Unicode character");
                    if (value >= 0xD800 && value <= 0xDFFF)
                        (_loneSurrogates ??= new List<int>()).Add(sb.Length);
                    AppendCodePoint(sb, value);
                    break;
                }
                case (byte)'N':
                {
                    int close = pos < end && src[pos] == '{' ? Array.IndexOf(src, (byte)'}', pos, end - pos) : -1;
                    if (close < 0)
                    {
                        // The malformed escape runs to the end of the literal when its '}' is missing.
                        int last = pos < end && src[pos] == '{' ? errorBase + (end - pos) - 1 : errorBase - 1;
                        throw ErrorAtToken(_p, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{last}: malformed \\N character escape");
                    }
                    string name = Encoding.UTF8.GetString(src, pos + 1, close - pos - 1);
                    errorBase += close + 1 - pos;
                    pos = close + 1;
                    int cp = name.Length == 0 ? -1 : UnicodeNames.Lookup(name);
                    if (cp < 0)
                        throw ErrorAtToken(_p, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{errorBase - 1}: unknown Unicode character name");
                    AppendCodePoint(sb, cp);
                    break;
                }
                default:
                    // Unknown escapes keep their backslash (a DeprecationWarning in 3.11).
                    sb.Append('\\');
                    pos--;
                    errorBase--;
                    break;
            }
        }
        _loneSurrogatesLength = sb.Length;
        // Only surrogates that would merge with a neighbour matter; drop the record otherwise.
        if (_loneSurrogates is not null && !MergesWithNeighbour(sb, _loneSurrogates))
            _loneSurrogates = null;
        return sb.ToString();
    }

    private static bool MergesWithNeighbour(StringBuilder sb, List<int> lone)
    {
        foreach (int i in lone)
        {
            if (char.IsHighSurrogate(sb[i]) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]) ||
                char.IsLowSurrogate(sb[i]) && i > 0 && char.IsHighSurrogate(sb[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Strict UTF-8 decoding of literal text, failing as CPython does on bytes that are not UTF-8.</summary>
    private string DecodeUtf8(int start, int end)
    {
        var span = _tokenizer.Source.AsSpan(start, end - start);
        if (span.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && !System.Text.Unicode.Utf8.IsValid(span))
            throw ErrorAtToken(_p, "(unicode error) " + SourceDecoder.Utf8ErrorMessage(span));
        return Encoding.UTF8.GetString(span);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
            sb.Append((char)cp);
        else
            sb.Append(char.ConvertFromUtf32(cp));
    }

    private static bool IsHex(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 5;

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private void DecodeBytes(int tokenIndex, int start, int end, bool raw, List<byte> into)
    {
        var src = _tokenizer.Source;
        for (int i = start; i < end; i++)
        {
            if (src[i] >= 0x80)
                throw ErrorAtToken(_p, "bytes can only contain ASCII literal characters");
        }
        if (raw)
        {
            for (int i = start; i < end; i++)
                into.Add(src[i]);
            return;
        }
        int pos = start;
        while (pos < end)
        {
            byte b = src[pos++];
            if (b != '\\')
            {
                into.Add(b);
                continue;
            }
            if (pos >= end)
                throw ErrorAtToken(_p, "(value error) Trailing \\ in string");
            byte c = src[pos++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': into.Add((byte)'\\'); break;
                case (byte)'\'': into.Add((byte)'\''); break;
                case (byte)'"': into.Add((byte)'"'); break;
                case (byte)'a': into.Add(7); break;
                case (byte)'b': into.Add(8); break;
                case (byte)'f': into.Add(12); break;
                case (byte)'n': into.Add(10); break;
                case (byte)'r': into.Add(13); break;
                case (byte)'t': into.Add(9); break;
                case (byte)'v': into.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    for (int k = 0; k < 2 && pos < end && src[pos] >= '0' && src[pos] <= '7'; k++)
                        value = value * 8 + (src[pos++] - '0');
                    into.Add((byte)value);
                    break;
                }
                case (byte)'x':
                    if (pos + 1 < end && IsHex(src[pos]) && IsHex(src[pos + 1]))
                    {
                        into.Add((byte)(HexValue(src[pos]) * 16 + HexValue(src[pos + 1])));
                        pos += 2;
                        break;
                    }
                    throw ErrorAtToken(_p, $"(value error) invalid \\x escape at position {pos - 2 - start}");
                default:
                    into.Add((byte)'\\');
                    pos--;
                    break;
            }
        }
    }

    /// <summary>The value of a NUMBER token: long or BigInteger, double, or an imaginary Complex.</summary>
    private object ParseNumber(int tokenIndex)
    {
        ref Token t = ref _tokens[tokenIndex];
        var span = _tokenizer.Source.AsSpan(t.Start, t.End - t.Start);
        Span<char> buf = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        int n = 0;
        foreach (byte b in span)
        {
            if (b != '_')
                buf[n++] = (char)b;
        }
        var text = buf.Slice(0, n);
        char last = (char)(text[^1] | 0x20);
        if (last == 'j')
            return new Complex(0, ParseFloat(text.Slice(0, text.Length - 1)));
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (text[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(text.Slice(2), radix);
        }
        if (text.IndexOfAny('.', 'e', 'E') >= 0)
            return ParseFloat(text);
        if (text.Length <= 18)
            return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (text.Length > 4300)
        {
            throw ErrorAtToken(tokenIndex,
                $"Exceeds the limit (4300 digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        var big = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static double ParseFloat(ReadOnlySpan<char> text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        BigInteger value = BigInteger.Zero;
        ulong small = 0;
        bool fits = true;
        int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        foreach (char ch in digits)
        {
            int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
            if (fits)
            {
                if (small >> (63 - bits) != 0)
                {
                    fits = false;
                    value = small;
                }
                else
                {
                    small = small << bits | (uint)d;
                    continue;
                }
            }
            value = value * radix + d;
        }
        if (fits)
            return small <= long.MaxValue ? (object)(long)small : new BigInteger(small);
        return value <= long.MaxValue ? (object)(long)value : value;
    }
}
