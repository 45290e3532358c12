using Adder.Parser.Ast;

namespace Adder.Parser;

public sealed partial class PythonParser
{
    /// <summary>
    /// <c>match</c> is a soft keyword: this is a match statement only if a subject, ':' and an indented
    /// block of <c>case</c>s follow; otherwise null and the statement is re-read as ordinary code.
    /// </summary>
    private StmtNode? TryMatchStatement()
    {
        int start = _p;
        int line = Current.Lineno;
        _p++;
        ExprNode subject;
        try
        {
            if (!StartsExpression(Kind))
            {
                _p = start;
                return null;
            }
            subject = SubjectExpr();
            if (Kind != TokenKind.Colon)
            {
                _p = start;
                return null;
            }
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer)
        {
            _p = start;
            return null;
        }
        _p++;
        if (Kind != TokenKind.Newline)
            throw InvalidSyntax();
        _p++;
        if (Kind != TokenKind.Indent)
        {
            ref Token t = ref Current;
            throw ErrorAt($"expected an indented block after 'match' statement on line {line}", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset,
                SyntaxErrorKind.IndentationError);
        }
        _p++;
        var cases = new List<MatchCase>();
        while (Kind == TokenKind.Name && Current.Text == "case")
            cases.Add(CaseBlock());
        if (cases.Count == 0 || Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
            throw InvalidSyntax();
        Accept(TokenKind.Dedent);
        return FinBlock(new Match { Subject = subject, Cases = cases }, start);
    }

    private ExprNode SubjectExpr()
    {
        int start = _p;
        var first = StarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
                throw InvalidSyntax();
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind))
                break;
            elts.Add(StarNamedExpression());
        }
        return Fin(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private MatchCase CaseBlock()
    {
        int line = Current.Lineno;
        _p++;
        var pattern = Patterns();
        ExprNode? guard = null;
        if (Accept(TokenKind.If))
            guard = NamedExpression();
        ExpectColon();
        var body = Block("'case' statement", line);
        return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
    }

    /// <summary>patterns: an open sequence (<c>case a, b:</c>) or a single pattern.</summary>
    private PatternNode Patterns()
    {
        int start = _p;
        var first = MaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar)
                return Fin(new MatchSequence { Patterns = new List<PatternNode> { first } }, start);
            return first;
        }
        var items = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.Colon || Kind == TokenKind.If)
                break;
            items.Add(MaybeStarPattern());
        }
        return Fin(new MatchSequence { Patterns = items }, start);
    }

    private PatternNode MaybeStarPattern()
    {
        if (Kind == TokenKind.Star)
        {
            int start = _p++;
            string name = ExpectName();
            return Fin(new MatchStar { Name = name == "_" ? null : name }, start);
        }
        return Pattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private PatternNode Pattern()
    {
        int start = _p;
        var or = OrPattern();
        if (Kind == TokenKind.As)
        {
            _p++;
            if (Kind != TokenKind.Name)
            {
                int save = _p;
                ExprNode? target = null;
                try
                {
                    target = Expression();
                }
                catch (PythonSyntaxError e) when (!e.FromTokenizer)
                {
                }
                _p = save;
                if (target is not null)
                    throw ErrorAtNode(target, "invalid pattern target");
                throw InvalidSyntax();
            }
            string name = Current.Text!;
            if (name == "_")
                throw ErrorAtToken(_p, "cannot use '_' as a target");
            _p++;
            if (Kind == TokenKind.Dot || Kind == TokenKind.LPar || Kind == TokenKind.Equal)
                throw InvalidSyntax();
            return Fin(new MatchAs { Pattern = or, Name = name }, start);
        }
        return or;
    }

    private PatternNode OrPattern()
    {
        int start = _p;
        var first = ClosedPattern();
        if (Kind != TokenKind.VBar)
            return first;
        var alts = new List<PatternNode> { first };
        while (Accept(TokenKind.VBar))
            alts.Add(ClosedPattern());
        return Fin(new MatchOr { Patterns = alts }, start);
    }

    private PatternNode ClosedPattern()
    {
        int start = _p;
        switch (Kind)
        {
            case TokenKind.Minus:
            case TokenKind.Number:
            {
                var value = SignedNumberOrComplex();
                return Fin(new MatchValue { Value = value }, start);
            }
            case TokenKind.String:
            {
                var s = Strings();
                if (s is JoinedStr)
                    throw ErrorAtNode(s, "patterns may only match literals and attribute lookups");
                return Fin(new MatchValue { Value = s }, start);
            }
            case TokenKind.None:
                _p++;
                return Fin(new MatchSingleton { Value = null }, start);
            case TokenKind.True:
                _p++;
                return Fin(new MatchSingleton { Value = true }, start);
            case TokenKind.False:
                _p++;
                return Fin(new MatchSingleton { Value = false }, start);
            case TokenKind.LPar:
                return ParenPattern();
            case TokenKind.LSqb:
            {
                _p++;
                var items = SequencePatternItems(TokenKind.RSqb);
                Expect(TokenKind.RSqb);
                return Fin(new MatchSequence { Patterns = items }, start);
            }
            case TokenKind.LBrace:
                return MappingPattern();
            case TokenKind.Name:
            {
                if (PeekKind(1) != TokenKind.Dot && PeekKind(1) != TokenKind.LPar)
                {
                    string name = TokenAt(_p++).Text!;
                    if (Kind == TokenKind.Equal)
                        throw InvalidSyntax();
                    return Fin(new MatchAs { Pattern = null, Name = name == "_" ? null : name }, start);
                }
                var target = NameOrAttr();
                if (Kind == TokenKind.LPar)
                    return ClassPattern(start, target);
                if (target is Name)
                    throw InvalidSyntax();
                return Fin(new MatchValue { Value = target }, start);
            }
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode NameOrAttr()
    {
        int start = _p;
        ExprNode e = Fin(new Name { Id = ExpectName(), Ctx = ExprContext.Load }, start);
        while (Accept(TokenKind.Dot))
            e = Fin(new Ast.Attribute { Value = e, Attr = ExpectName(), Ctx = ExprContext.Load }, start);
        return e;
    }

    /// <summary>A number pattern: <c>-1</c>, <c>1.5</c>, or a complex literal <c>-1+2j</c>.</summary>
    private ExprNode SignedNumberOrComplex()
    {
        int start = _p;
        ExprNode real;
        if (Accept(TokenKind.Minus))
        {
            if (Kind != TokenKind.Number)
                throw InvalidSyntax();
            int n = _p++;
            var c = Fin(new Constant { Value = ParseNumber(n) }, n);
            real = Fin(new UnaryOp { Op = UnaryOperator.USub, Operand = c }, start);
        }
        else
        {
            int n = _p++;
            real = Fin(new Constant { Value = ParseNumber(n) }, n);
        }
        if (Kind == TokenKind.Plus || Kind == TokenKind.Minus)
        {
            var op = Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            _p++;
            if (Kind != TokenKind.Number)
                throw InvalidSyntax();
            int n = _p++;
            var imagValue = ParseNumber(n);
            var imag = Fin(new Constant { Value = imagValue }, n);
            if (imagValue is not System.Numerics.Complex)
                throw ErrorAtNode(imag, "imaginary number required in complex literal");
            if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
                throw ErrorAtNode(real, "real number required in complex literal");
            return Fin(new BinOp { Left = real, Op = op, Right = imag }, start);
        }
        return real;
    }

    private PatternNode ParenPattern()
    {
        int start = _p++;
        if (Accept(TokenKind.RPar))
            return Fin(new MatchSequence { Patterns = new List<PatternNode>() }, start);
        var first = MaybeStarPattern();
        if (Accept(TokenKind.RPar))
        {
            if (first is MatchStar)
                return Fin(new MatchSequence { Patterns = new List<PatternNode> { first } }, start);
            return first;
        }
        var items = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RPar)
                break;
            items.Add(MaybeStarPattern());
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchSequence { Patterns = items }, start);
    }

    private List<PatternNode> SequencePatternItems(TokenKind close)
    {
        var items = new List<PatternNode>();
        while (Kind != close)
        {
            items.Add(MaybeStarPattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        return items;
    }

    private PatternNode MappingPattern()
    {
        int start = _p++;
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = ExpectName();
                Accept(TokenKind.Comma);
                if (Kind != TokenKind.RBrace)
                    throw InvalidSyntax();
                break;
            }
            ExprNode key;
            int ks = _p;
            switch (Kind)
            {
                case TokenKind.Minus:
                case TokenKind.Number:
                    key = SignedNumberOrComplex();
                    break;
                case TokenKind.String:
                    key = Strings();
                    break;
                case TokenKind.None:
                    _p++;
                    key = Fin(new Constant { Value = null }, ks);
                    break;
                case TokenKind.True:
                    _p++;
                    key = Fin(new Constant { Value = true }, ks);
                    break;
                case TokenKind.False:
                    _p++;
                    key = Fin(new Constant { Value = false }, ks);
                    break;
                case TokenKind.Name:
                    key = NameOrAttr();
                    if (key is Name)
                        throw InvalidSyntax();
                    break;
                default:
                    throw InvalidSyntax();
            }
            ExpectColon();
            keys.Add(key);
            patterns.Add(Pattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping { Keys = keys, Patterns = patterns, Rest = rest }, start);
    }

    private PatternNode ClassPattern(int start, ExprNode cls)
    {
        _p++;
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                kwdAttrs.Add(TokenAt(_p).Text!);
                _p += 2;
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var p = Pattern();
                if (kwdAttrs.Count > 0)
                    throw ErrorAtNode(p, "positional patterns follow keyword patterns");
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchClass { Cls = cls, Patterns = patterns, KwdAttrs = kwdAttrs, KwdPatterns = kwdPatterns }, start);
    }
}
