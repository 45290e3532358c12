using Adder.Parser.Ast;

namespace Adder.Parser;

public sealed partial class PythonParser
{
    private static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LPar or TokenKind.LSqb or
        TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not or
        TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False or
        TokenKind.Ellipsis or TokenKind.Star => true,
        _ => false,
    };

    /// <summary>star_expressions: one expression, or an unparenthesized tuple.</summary>
    private ExprNode StarExpressions()
    {
        int start = _p;
        var first = StarExpression();
        if (Kind != TokenKind.Comma)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind))
                break;
            elts.Add(StarExpression());
        }
        return Fin(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode StarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            int start = _p++;
            var value = BitwiseOr();
            return Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return Expression();
    }

    private ExprNode StarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            int start = _p++;
            var value = BitwiseOr();
            return Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return NamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private ExprNode NamedExpression(bool equalMayFollow = false)
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            int start = _p;
            var target = Fin(new Name { Id = TokenAt(_p++).Text!, Ctx = ExprContext.Store }, start);
            _p++;
            var value = Expression();
            return Fin(new NamedExpr { Target = target, Value = value }, start);
        }
        int ruleStart = _p;
        var e = Expression();
        if (Kind == TokenKind.ColonEqual)
            throw ErrorAtNode(e, $"cannot use assignment expressions with {ExprName(e)}");
        if (Kind == TokenKind.Equal && !equalMayFollow && InvalidNamedExpression(e, ruleStart, _p) is { } error)
            throw error;
        return e;
    }

    private ExprNode Expression()
    {
        if (Kind == TokenKind.Lambda)
        {
            Enter();
            var lambda = Lambdef();
            Leave();
            return lambda;
        }
        int start = _p;
        Enter();
        var body = Disjunction();
        if (Kind == TokenKind.If)
        {
            _p++;
            var test = Disjunction();
            if (Kind != TokenKind.Else)
            {
                if (Kind == TokenKind.Newline || Kind == TokenKind.RPar || Kind == TokenKind.Comma || Kind == TokenKind.RSqb || Kind == TokenKind.Colon)
                    throw ErrorAtNodes(body, test, "expected 'else' after 'if' expression");
                throw InvalidSyntax();
            }
            _p++;
            var orelse = Expression();
            Leave();
            return Fin(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
        }
        Leave();
        return body;
    }

    private ExprNode Disjunction()
    {
        int start = _p;
        var first = Conjunction();
        if (Kind != TokenKind.Or)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.Or))
            values.Add(Conjunction());
        return Fin(new BoolOp { Op = BoolOperator.Or, Values = values }, start);
    }

    private ExprNode Conjunction()
    {
        int start = _p;
        var first = Inversion();
        if (Kind != TokenKind.And)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.And))
            values.Add(Inversion());
        return Fin(new BoolOp { Op = BoolOperator.And, Values = values }, start);
    }

    private ExprNode Inversion()
    {
        if (Kind == TokenKind.Not)
        {
            int start = _p++;
            Enter(1);
            var operand = Inversion();
            Leave(1);
            return Fin(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, start);
        }
        return Comparison();
    }

    private ExprNode Comparison()
    {
        int start = _p;
        var left = BitwiseOr();
        List<CmpOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            CmpOperator op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOperator.Eq; break;
                case TokenKind.NotEqual:
                    if (Current.End - Current.Start == 2 && _tokenizer.Source[Current.Start] == '<')
                        throw ErrorAtToken(_p, "invalid syntax");
                    op = CmpOperator.NotEq;
                    break;
                case TokenKind.Less: op = CmpOperator.Lt; break;
                case TokenKind.LessEqual: op = CmpOperator.LtE; break;
                case TokenKind.Greater: op = CmpOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOperator.GtE; break;
                case TokenKind.In: op = CmpOperator.In; break;
                case TokenKind.Not:
                    if (PeekKind(1) != TokenKind.In)
                        goto Done;
                    _p++;
                    op = CmpOperator.NotIn;
                    break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        _p++;
                        op = CmpOperator.IsNot;
                    }
                    else
                    {
                        op = CmpOperator.Is;
                    }
                    break;
                default:
                    goto Done;
            }
            _p++;
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(BitwiseOr());
        }
    Done:
        if (ops is null)
            return left;
        return Fin(new Compare { Left = left, Ops = ops, Comparators = comparators! }, start);
    }

    private ExprNode BitwiseOr()
    {
        int start = _p;
        var left = BitwiseXor();
        while (Kind == TokenKind.VBar)
        {
            _p++;
            var right = BitwiseXor();
            left = Fin(new BinOp { Left = left, Op = Operator.BitOr, Right = right }, start);
        }
        return left;
    }

    private ExprNode BitwiseXor()
    {
        int start = _p;
        var left = BitwiseAnd();
        while (Kind == TokenKind.Circumflex)
        {
            _p++;
            var right = BitwiseAnd();
            left = Fin(new BinOp { Left = left, Op = Operator.BitXor, Right = right }, start);
        }
        return left;
    }

    private ExprNode BitwiseAnd()
    {
        int start = _p;
        var left = ShiftExpr();
        while (Kind == TokenKind.Amper)
        {
            _p++;
            var right = ShiftExpr();
            left = Fin(new BinOp { Left = left, Op = Operator.BitAnd, Right = right }, start);
        }
        return left;
    }

    private ExprNode ShiftExpr()
    {
        int start = _p;
        var left = Sum();
        while (true)
        {
            Operator op;
            if (Kind == TokenKind.LeftShift)
                op = Operator.LShift;
            else if (Kind == TokenKind.RightShift)
                op = Operator.RShift;
            else
                return left;
            _p++;
            var right = Sum();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode Sum()
    {
        int start = _p;
        var left = Term();
        while (true)
        {
            Operator op;
            if (Kind == TokenKind.Plus)
                op = Operator.Add;
            else if (Kind == TokenKind.Minus)
                op = Operator.Sub;
            else
                return left;
            _p++;
            var right = Term();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode Term()
    {
        int start = _p;
        var left = Factor();
        while (true)
        {
            Operator op;
            switch (Kind)
            {
                case TokenKind.Star: op = Operator.Mult; break;
                case TokenKind.Slash: op = Operator.Div; break;
                case TokenKind.DoubleSlash: op = Operator.FloorDiv; break;
                case TokenKind.Percent: op = Operator.Mod; break;
                case TokenKind.At: op = Operator.MatMult; break;
                default: return left;
            }
            _p++;
            var right = Factor();
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode Factor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return Power();
        }
        int start = _p++;
        Enter(1);
        var operand = Factor();
        Leave(1);
        return Fin(new UnaryOp { Op = op, Operand = operand }, start);
    }

    private ExprNode Power()
    {
        int start = _p;
        var left = AwaitPrimary();
        if (Kind != TokenKind.DoubleStar)
            return left;
        _p++;
        Enter(1);
        var right = Factor();
        Leave(1);
        return Fin(new BinOp { Left = left, Op = Operator.Pow, Right = right }, start);
    }

    private ExprNode AwaitPrimary()
    {
        if (Kind == TokenKind.Await)
        {
            int start = _p++;
            var value = Primary();
            return Fin(new Await { Value = value }, start);
        }
        return Primary();
    }

    /// <summary>primary: an atom followed by attribute, call and subscript trailers.</summary>
    private ExprNode Primary()
    {
        int start = _p;
        var e = Atom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    _p++;
                    string attr = ExpectName();
                    e = Fin(new Ast.Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
                    break;
                case TokenKind.LPar:
                    e = CallTrailer(e, start);
                    break;
                case TokenKind.LSqb:
                    _p++;
                    Enter(BracketLevels);
                    var slice = Slices();
                    Leave(BracketLevels);
                    Expect(TokenKind.RSqb);
                    e = Fin(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
                    break;
                default:
                    return e;
            }
        }
    }

    /// <summary>slices: a single slice, or a tuple of slices and starred expressions.</summary>
    private ExprNode Slices()
    {
        int start = _p;
        var first = Kind == TokenKind.Star ? StarExpression() : Slice();
        // A lone starred expression is still a tuple: "a[*b]" indexes with (*b,).
        if (Kind != TokenKind.Comma && first is not Starred)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb)
                break;
            elts.Add(Kind == TokenKind.Star ? StarExpression() : Slice());
        }
        return Fin(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode Slice()
    {
        int start = _p;
        ExprNode? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = NamedExpression();
            if (Kind != TokenKind.Colon)
                return lower;
            if (lower is NamedExpr)
                throw InvalidSyntax();
        }
        _p++;
        ExprNode? upper = null, step = null;
        if (Kind != TokenKind.Colon && Kind != TokenKind.Comma && Kind != TokenKind.RSqb)
            upper = Expression();
        if (Accept(TokenKind.Colon))
        {
            if (Kind != TokenKind.Comma && Kind != TokenKind.RSqb)
                step = Expression();
        }
        return Fin(new Ast.Slice { Lower = lower, Upper = upper, Step = step }, start);
    }

    private ExprNode Atom()
    {
        int start = _p;
        ref Token t = ref Current;
        switch (t.Kind)
        {
            case TokenKind.Name:
                _p++;
                return Fin(new Name { Id = t.Text!, Ctx = ExprContext.Load }, start);
            case TokenKind.Number:
                _p++;
                return Fin(new Constant { Value = ParseNumber(start) }, start);
            case TokenKind.String:
                return Strings();
            case TokenKind.None:
                _p++;
                return Fin(new Constant { Value = null }, start);
            case TokenKind.True:
                _p++;
                return Fin(new Constant { Value = true }, start);
            case TokenKind.False:
                _p++;
                return Fin(new Constant { Value = false }, start);
            case TokenKind.Ellipsis:
                _p++;
                return Fin(new Constant { Value = EllipsisValue.Instance }, start);
            case TokenKind.LPar:
                return ParenAtom();
            case TokenKind.LSqb:
                return ListAtom();
            case TokenKind.LBrace:
                return BraceAtom();
            default:
                throw InvalidSyntax();
        }
    }

    private ExprNode ParenAtom()
    {
        int start = _p++;
        Enter(BracketLevels);
        try
        {
            if (Accept(TokenKind.RPar))
                return Fin(new Ast.Tuple { Elts = new List<ExprNode>(), Ctx = ExprContext.Load }, start);
            if (Kind == TokenKind.Yield)
            {
                var y = YieldExpr();
                Expect(TokenKind.RPar);
                return y;
            }
            var first = StarNamedExpression();
            if (AtComprehension)
            {
                if (first is Starred)
                    throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ForIfClauses();
                ExpectClosing(TokenKind.RPar);
                return Fin(new GeneratorExp { Elt = first, Generators = gens }, start);
            }
            if (Accept(TokenKind.RPar))
            {
                if (first is Starred)
                    throw ErrorAtNode(first, "cannot use starred expression here");
                return first;
            }
            if (Kind != TokenKind.Comma)
                throw MissingCommaOrInvalid(first);
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RPar)
                    break;
                elts.Add(StarNamedExpression());
                if (Kind != TokenKind.Comma && Kind != TokenKind.RPar)
                    throw MissingCommaOrInvalid(elts[^1]);
            }
            Expect(TokenKind.RPar);
            return Fin(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        }
        finally
        {
            Leave(BracketLevels);
        }
    }

    private void ExpectClosing(TokenKind kind)
    {
        if (Kind != kind)
            throw InvalidSyntax();
        _p++;
    }

    private ExprNode ListAtom()
    {
        int start = _p++;
        Enter(BracketLevels);
        try
        {
            if (Accept(TokenKind.RSqb))
                return Fin(new List { Elts = new List<ExprNode>(), Ctx = ExprContext.Load }, start);
            var first = StarNamedExpression();
            if (AtComprehension)
            {
                if (first is Starred)
                    throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ForIfClauses();
                ExpectClosing(TokenKind.RSqb);
                return Fin(new ListComp { Elt = first, Generators = gens }, start);
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RSqb || AtComprehension)
                    break;
                elts.Add(StarNamedExpression());
            }
            CheckComprehensionTarget(elts);
            if (Kind != TokenKind.RSqb)
                throw MissingCommaOrInvalid(elts[^1]);
            _p++;
            return Fin(new List { Elts = elts, Ctx = ExprContext.Load }, start);
        }
        finally
        {
            Leave(BracketLevels);
        }
    }

    private ExprNode BraceAtom()
    {
        int start = _p++;
        Enter(BracketLevels);
        try
        {
            if (Accept(TokenKind.RBrace))
                return Fin(new Dict { Keys = new List<ExprNode>(), Values = new List<ExprNode>() }, start);
            if (Kind == TokenKind.DoubleStar)
            {
                int starStart = _p;
                _p++;
                BitwiseOr();
                if (AtComprehension)
                    throw ErrorAtToken(starStart, "dict unpacking cannot be used in dict comprehension");
                _p = starStart;
                return DictRest(start, null, null);
            }
            var first = StarNamedExpression();
            if (Kind == TokenKind.Colon && first is not Starred)
            {
                _p++;
                if (Kind == TokenKind.RBrace || Kind == TokenKind.Comma)
                    throw ErrorAtToken(_p - 1, "expression expected after dictionary key and ':'");
                var value = Expression();
                if (AtComprehension)
                {
                    var gens = ForIfClauses();
                    ExpectClosing(TokenKind.RBrace);
                    return Fin(new DictComp { Key = first, Value = value, Generators = gens }, start);
                }
                return DictRest(start, first, value);
            }
            if (AtComprehension)
            {
                if (first is Starred)
                    throw ErrorAtNode(first, "iterable unpacking cannot be used in comprehension");
                var gens = ForIfClauses();
                ExpectClosing(TokenKind.RBrace);
                return Fin(new SetComp { Elt = first, Generators = gens }, start);
            }
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RBrace || AtComprehension)
                    break;
                elts.Add(StarNamedExpression());
            }
            CheckComprehensionTarget(elts);
            if (Kind != TokenKind.RBrace)
                throw MissingCommaOrInvalid(elts[^1]);
            _p++;
            return Fin(new Set { Elts = elts }, start);
        }
        finally
        {
            Leave(BracketLevels);
        }
    }

    private ExprNode DictRest(int start, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode>();
        var values = new List<ExprNode>();
        if (firstValue is not null)
        {
            keys.Add(firstKey!);
            values.Add(firstValue);
            if (!Accept(TokenKind.Comma))
            {
                if (Kind != TokenKind.RBrace)
                    throw MissingCommaOrInvalid(firstValue);
                _p++;
                return Fin(new Dict { Keys = keys, Values = values }, start);
            }
        }
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null!);
                values.Add(BitwiseOr());
            }
            else
            {
                var key = Expression();
                if (Kind != TokenKind.Colon)
                {
                    if (Kind == TokenKind.RBrace || Kind == TokenKind.Comma)
                        throw _tokenizer.PegenError("':' expected after dictionary key", key.Lineno, key.EndColOffset, key.EndLineno, 0);
                    throw InvalidSyntax();
                }
                _p++;
                if (Kind == TokenKind.RBrace || Kind == TokenKind.Comma)
                    throw ErrorAtToken(_p - 1, "expression expected after dictionary key and ':'");
                keys.Add(key);
                values.Add(Expression());
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new Dict { Keys = keys, Values = values }, start);
    }

    /// <summary>At "for" or "async for", the start of a comprehension's clauses.</summary>
    private bool AtComprehension => Kind == TokenKind.For || Kind == TokenKind.Async && PeekKind(1) == TokenKind.For;

    /// <summary>for_if_clauses of a comprehension.</summary>
    private List<Comprehension> ForIfClauses()
    {
        var gens = new List<Comprehension>();
        while (AtComprehension)
        {
            int isAsync = 0;
            if (Accept(TokenKind.Async))
                isAsync = 1;
            _p++;
            var target = StarTargets();
            if (Kind != TokenKind.In)
                throw InvalidSyntax();
            _p++;
            var iter = Disjunction();
            var ifs = new List<ExprNode>();
            while (Accept(TokenKind.If))
                ifs.Add(Disjunction());
            gens.Add(new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync });
        }
        return gens;
    }

    /// <summary>star_targets (for loops and comprehensions): targets up to the 'in'.</summary>
    private ExprNode StarTargets()
    {
        int start = _p;
        var first = StarTarget();
        if (Kind != TokenKind.Comma)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.In || Kind == TokenKind.Equal)
                break;
            elts.Add(StarTarget());
        }
        return Fin(new Ast.Tuple { Elts = elts, Ctx = ExprContext.Store }, start);
    }

    private ExprNode StarTarget()
    {
        if (Kind == TokenKind.Star)
        {
            int start = _p++;
            if (Kind == TokenKind.Star)
                throw InvalidSyntax();
            var inner = StarTarget();
            return Fin(new Starred { Value = inner, Ctx = ExprContext.Store }, start);
        }
        var e = Primary();
        SetContext(e, ExprContext.Store);
        return e;
    }

    private ExprNode Lambdef()
    {
        int start = _p++;
        var args = Parameters(lambda: true, TokenKind.Colon);
        Expect(TokenKind.Colon);
        var body = Expression();
        return Fin(new Lambda { Args = args, Body = body }, start);
    }

    private ExprNode YieldExpr()
    {
        int start = _p++;
        if (Accept(TokenKind.From))
        {
            var value = Expression();
            return Fin(new YieldFrom { Value = value }, start);
        }
        ExprNode? v = StartsExpression(Kind) ? StarExpressions() : null;
        return Fin(new Yield { Value = v }, start);
    }

    /// <summary>
    /// Two expressions side by side: "Missing parentheses in call to 'print'" (invalid_legacy_expression),
    /// or inside brackets "Perhaps you forgot a comma?" (invalid_expression), else the generic error.
    /// </summary>
    private PythonSyntaxError MissingCommaOrInvalid(ExprNode last, bool insideBrackets = true)
    {
        if (last is Name { Id: "print" or "exec" } legacy && StartsExpression(Kind) && Kind != TokenKind.LPar)
        {
            int save = _p;
            ExprNode? rest = null;
            try
            {
                rest = StarExpressions();
            }
            catch (PythonSyntaxError e) when (!e.FromTokenizer)
            {
            }
            _p = save;
            if (rest is not null)
                return ErrorAtNodes(legacy, rest, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
        }
        if (!insideBrackets || LeftmostName(last) is "match" or "case" or "_" || last is Name && Kind == TokenKind.String)
            return InvalidSyntax();
        if (StartsExpression(Kind) && Kind != TokenKind.Star && Kind != TokenKind.Minus && Kind != TokenKind.Plus && Kind != TokenKind.Not && Kind != TokenKind.Lambda)
        {
            int save = _p;
            ExprNode? next = null;
            try
            {
                next = Expression();
            }
            catch (PythonSyntaxError e) when (!e.FromTokenizer)
            {
            }
            _p = save;
            if (next is not null)
                return ErrorAtNodes(last, next, "invalid syntax. Perhaps you forgot a comma?");
        }
        return InvalidSyntax();
    }

    /// <summary>invalid_comprehension: <c>[x, y for ...]</c> needs parentheses around the target.</summary>
    private void CheckComprehensionTarget(List<ExprNode> elts)
    {
        if (!AtComprehension)
            return;
        const string msg = "did you forget parentheses around the comprehension target?";
        if (elts.Count > 1)
            throw ErrorAtNodes(elts[0], elts[^1], msg);
        ref Token comma = ref _tokens[_p - 1];
        throw ErrorAt(msg, elts[0].Lineno, elts[0].ColOffset, comma.EndLineno, comma.EndColOffset);
    }

    /// <summary>The name a soft-keyword check would see first in <paramref name="e"/>.</summary>
    private static string? LeftmostName(ExprNode e)
    {
        while (true)
        {
            switch (e)
            {
                case Name n: return n.Id;
                case Ast.Attribute a: e = a.Value; break;
                case Subscript s: e = s.Value; break;
                case Call c: e = c.Func; break;
                case BinOp b: e = b.Left; break;
                case Compare c: e = c.Left; break;
                case BoolOp b: e = b.Values[0]; break;
                case IfExp i: e = i.Body; break;
                default: return null;
            }
        }
    }

    // ---- Targets ----

    /// <summary>Turns a parsed expression into an assignment or deletion target, as CPython validates it.</summary>
    private void SetContext(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case Ast.Attribute a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred st when ctx != ExprContext.Del:
                st.Ctx = ctx;
                SetContext(st.Value, ctx);
                break;
            case Ast.Tuple t:
                t.Ctx = ctx;
                foreach (var elt in t.Elts)
                    SetContext(elt, ctx);
                break;
            case List l:
                l.Ctx = ctx;
                foreach (var elt in l.Elts)
                    SetContext(elt, ctx);
                break;
            default:
                string verb = ctx == ExprContext.Del ? "delete" : "assign to";
                throw ErrorAtNode(e, $"cannot {verb} {ExprName(e)}");
        }
    }

    /// <summary>What CPython calls an expression in messages (Parser/pegen.c: _PyPegen_get_expr_name).</summary>
    private static string ExprName(ExprNode e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
