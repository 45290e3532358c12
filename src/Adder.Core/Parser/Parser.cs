using Adder.Parser.Ast;

namespace Adder.Parser;

/// <summary>
/// A hand-written recursive-descent parser for the Python 3.11 grammar (Grammar/python.gram is the
/// reference), producing CPython's AST with CPython's positions. Tokens are read lazily into a buffer so
/// the few places that need backtracking (soft keywords, parenthesized with-items) can reset.
/// Errors are <see cref="PythonSyntaxError"/> with CPython's messages.
/// </summary>
public sealed partial class PythonParser
{
    private readonly Tokenizer _tokenizer;
    private Token[] _tokens = new Token[512];
    private int _fill;
    private int _p;

    /// <summary>Offsets applied to tokens of an f-string replacement field parsed on its own.</summary>
    private readonly int _startLine;
    private readonly int _startCol;
    private readonly bool _isFStringExpr;

    /// <summary>Nesting depth in pegen's rule levels (see <see cref="Enter"/>).</summary>
    private int _depth;
    private const int MaxDepth = 6000;
    private const int ExpressionLevels = 16;
    private const int BracketLevels = 2;

    private PythonParser(Tokenizer tokenizer, int startLine = 0, int startCol = 0, bool fstringExpr = false)
    {
        _tokenizer = tokenizer;
        _startLine = startLine;
        _startCol = startCol;
        _isFStringExpr = fstringExpr;
    }

    /// <summary>
    /// The deepest tree CPython 3.11's <c>ast.parse</c> converts when called from module level: its
    /// converter allows 3000 levels, of which the caller's frames already use 6.
    /// </summary>
    public const int MaxAstDepth = 2994;

    /// <summary>Parses a module from the raw bytes of a source file, as <c>ast.parse</c> does.</summary>
    public static Module ParseFile(byte[] source, string filename)
    {
        var module = ParseModule(source, filename);
        if (module.IsDeeperThan(MaxAstDepth))
            throw PythonResourceError.RecursionLimit("ast construction");
        return module;
    }

    /// <summary>Parses a module from the raw bytes of a source file, with no limit on the tree's depth.</summary>
    internal static Module ParseModule(byte[] source, string filename)
    {
        try
        {
            var (utf8, length, declared) = SourceDecoder.Decode(source);
            var parser = new PythonParser(new Tokenizer(utf8, length, declared));
            return parser.ParseModule();
        }
        catch (PythonSyntaxError e)
        {
            e.Filename ??= filename;
            throw;
        }
    }

    /// <summary>Parses an expression (eval mode) from raw source bytes.</summary>
    public static Expression ParseExpression(byte[] source, string filename)
    {
        try
        {
            var (utf8, length, declared) = SourceDecoder.Decode(source);
            var parser = new PythonParser(new Tokenizer(utf8, length, declared));
            var result = new Ast.Expression { Body = parser.StarExpressions() };
            while (parser.Kind == TokenKind.Newline)
                parser._p++;
            parser.Expect(TokenKind.EndMarker);
            return result;
        }
        catch (PythonSyntaxError e)
        {
            e.Filename ??= filename;
            throw;
        }
    }

    private Module ParseModule()
    {
        var body = new List<StmtNode>();
        try
        {
            while (Kind != TokenKind.EndMarker)
                Statement(body);
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer)
        {
            throw ResolveParserError(e);
        }
        return new Module { Body = body, TypeIgnores = new List<TypeIgnoreNode>() };
    }

    // ---- Token plumbing ----

    private ref Token TokenAt(int index)
    {
        while (index >= _fill)
            FillOne();
        return ref _tokens[index];
    }

    private void FillOne()
    {
        if (_fill == _tokens.Length)
            Array.Resize(ref _tokens, _tokens.Length * 2);
        if (_fill > 0 && _tokens[_fill - 1].Kind == TokenKind.EndMarker)
        {
            _tokens[_fill] = _tokens[_fill - 1];
            _fill++;
            return;
        }
        ref Token t = ref _tokens[_fill];
        try
        {
            _tokenizer.Next(ref t);
        }
        catch (PythonSyntaxError e)
        {
            e.FromTokenizer = true;
            throw;
        }
        if (_startLine != 0)
        {
            // An f-string replacement field: its tokens sit inside the enclosing string token.
            if (t.Lineno == 1 && t.ColOffset >= 0)
                t.ColOffset += _startCol;
            if (t.EndLineno == 1 && t.EndColOffset >= 0)
                t.EndColOffset += _startCol;
            t.Lineno += _startLine - 1;
            t.EndLineno += _startLine - 1;
        }
        _fill++;
    }

    private TokenKind Kind => _p < _fill ? _tokens[_p].Kind : TokenAt(_p).Kind;

    private TokenKind PeekKind(int ahead) => TokenAt(_p + ahead).Kind;

    private ref Token Current => ref TokenAt(_p);

    private ref Token Previous => ref _tokens[_p - 1];

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind)
            return false;
        _p++;
        return true;
    }

    private int Expect(TokenKind kind)
    {
        if (Kind != kind)
            throw ExpectedError(kind);
        return _p++;
    }


    private string ExpectName()
    {
        if (Kind != TokenKind.Name)
            throw InvalidSyntax();
        return TokenAt(_p++).Text!;
    }

    /// <summary>
    /// Counts nesting the way pegen counts rule levels (a nested expression passes through about 16
    /// rules, a unary operator through one) and fails, like CPython, with MemoryError past its limit;
    /// also before the .NET stack could overflow, whatever the thread's stack size.
    /// </summary>
    private void Enter(int cost = ExpressionLevels)
    {
        _depth += cost;
        if (_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PythonResourceError.ParserStackOverflow();
    }

    private void Leave(int cost = ExpressionLevels) => _depth -= cost;

    // ---- Positions ----

    /// <summary>Gives <paramref name="node"/> the span from token <paramref name="startToken"/> to the last consumed token.</summary>
    private T Fin<T>(T node, int startToken) where T : LocatedNode => SpanTokens(node, startToken, _p - 1);

    private T SpanTokens<T>(T node, int first, int last) where T : LocatedNode
    {
        ref Token s = ref _tokens[first];
        ref Token e = ref _tokens[last];
        node.Lineno = s.Lineno;
        node.ColOffset = s.ColOffset;
        node.EndLineno = e.EndLineno;
        node.EndColOffset = e.EndColOffset;
        return node;
    }

    // ---- Errors ----

    private PythonSyntaxError ErrorAtToken(int tokenIndex, string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        ref Token t = ref TokenAt(tokenIndex);
        if (t.ColOffset < 0)
        {
            // INDENT, DEDENT and ENDMARKER have no span: pegen points at the tokenizer's cursor.
            return ErrorAtOffsets(msg, t.Lineno, _tokenizer.ColumnOf(t.Lineno, t.Start) + (_isFStringExpr ? _startCol : 0), t.EndLineno, -1, kind);
        }
        return ErrorAt(msg, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, kind);
    }

    private PythonSyntaxError ErrorAtNode(LocatedNode n, string msg) =>
        ErrorAt(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private PythonSyntaxError ErrorAtNodes(LocatedNode a, LocatedNode b, string msg) =>
        ErrorAt(msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>An error spanning 0-based byte columns.</summary>
    private PythonSyntaxError ErrorAt(string msg, int lineno, int col, int endLineno, int endCol,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        ErrorAtOffsets(msg, lineno, col + 1, endLineno, endCol + 1, kind);

    /// <summary>An error at 1-based byte offsets (pegen's convention).</summary>
    private PythonSyntaxError ErrorAtOffsets(string msg, int lineno, int offset, int endLineno, int endOffset, SyntaxErrorKind kind)
    {
        if (_isFStringExpr)
        {
            // Inside a replacement field CPython reports columns within the "(expr)" text it parsed.
            return new PythonSyntaxError(kind, "f-string: " + msg, lineno, offset - _startCol, endLineno, endOffset - _startCol,
                _tokenizer.LineText(1)?.TrimEnd('\n'));
        }
        return _tokenizer.PegenError(msg, lineno, offset, endLineno, endOffset, kind);
    }

    /// <summary>
    /// The generic "invalid syntax" at the current token, or the IndentationError CPython reports when
    /// the parser stopped at an INDENT or DEDENT.
    /// </summary>
    private PythonSyntaxError InvalidSyntax()
    {
        var error = Kind switch
        {
            TokenKind.Indent => ErrorAtToken(_p, "unexpected indent", SyntaxErrorKind.IndentationError),
            TokenKind.Dedent => ErrorAtToken(_p, "unexpected unindent", SyntaxErrorKind.IndentationError),
            _ => ErrorAtToken(_p, "invalid syntax"),
        };
        error.IsGeneric = true;
        return error;
    }

    /// <summary>
    /// What CPython reports once parsing failed with <paramref name="e"/>: input that ended inside
    /// brackets is "'(' was never closed"; a lexical error later in the file wins; so does a bracket left
    /// open on a line before the error (Parser/pegen_errors.c: _Pypegen_set_syntax_error).
    /// </summary>
    private PythonSyntaxError ResolveParserError(PythonSyntaxError e)
    {
        if (e.IsGeneric && _tokenizer.EndedInsideBrackets && _tokens[_fill - 1].Kind == TokenKind.EndMarker)
            return UnclosedBracketError();
        try
        {
            while (_tokens[_fill - 1].Kind != TokenKind.EndMarker)
                FillOne();
        }
        catch (PythonSyntaxError lexical) when (lexical.FromTokenizer)
        {
            return lexical;
        }
        if (_tokenizer.EndedInsideBrackets && e.Lineno > _tokenizer.InnermostParen.Lineno)
            return UnclosedBracketError();
        return e;
    }

    private PythonSyntaxError UnclosedBracketError()
    {
        var (paren, line, col) = _tokenizer.InnermostParen;
        return _tokenizer.PegenError($"'{paren}' was never closed", line, col + 1, line, 0);
    }

    private PythonSyntaxError ExpectedError(TokenKind kind)
    {
        if (Kind == TokenKind.Indent || Kind == TokenKind.Dedent)
            return InvalidSyntax();
        return kind switch
        {
            TokenKind.Colon => ExpectedColon(),
            _ => InvalidSyntax(),
        };
    }

    /// <summary>
    /// A missing ':' is "expected ':'" where the grammar forces the colon (def, for, try, else, finally)
    /// or the line ends; otherwise the generic error.
    /// </summary>
    private PythonSyntaxError ExpectedColon(bool forced = false)
    {
        if (forced && Kind != TokenKind.Indent && Kind != TokenKind.Dedent || Kind == TokenKind.Newline)
            return ErrorAtToken(_p, "expected ':'");
        return InvalidSyntax();
    }
}
