using Adder.Parser.Ast;

namespace Adder.Parser;

public sealed partial class PythonParser
{
    private void Statement(List<StmtNode> body)
    {
        switch (Kind)
        {
            case TokenKind.Def:
                body.Add(FunctionDef(_p, new List<ExprNode>()));
                return;
            case TokenKind.Class:
                body.Add(ClassDef(_p, new List<ExprNode>()));
                return;
            case TokenKind.At:
                body.Add(Decorated());
                return;
            case TokenKind.If:
                body.Add(IfStatement());
                return;
            case TokenKind.While:
                body.Add(WhileStatement());
                return;
            case TokenKind.For:
                body.Add(ForStatement(_p, isAsync: false));
                return;
            case TokenKind.With:
                body.Add(WithStatement(_p, isAsync: false));
                return;
            case TokenKind.Try:
                body.Add(TryStatement());
                return;
            case TokenKind.Async:
                switch (PeekKind(1))
                {
                    case TokenKind.Def:
                        body.Add(FunctionDef(_p, new List<ExprNode>()));
                        return;
                    case TokenKind.For:
                        int s = _p++;
                        body.Add(ForStatement(s, isAsync: true));
                        return;
                    case TokenKind.With:
                        int w = _p++;
                        body.Add(WithStatement(w, isAsync: true));
                        return;
                }
                break;
            case TokenKind.Name:
                if (Current.Text == "match")
                {
                    var m = TryMatchStatement();
                    if (m is not null)
                    {
                        body.Add(m);
                        return;
                    }
                }
                break;
            case TokenKind.Indent:
            case TokenKind.Dedent:
                throw InvalidSyntax();
        }
        SimpleStatements(body);
    }

    private void SimpleStatements(List<StmtNode> body)
    {
        while (true)
        {
            body.Add(SimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (Kind == TokenKind.Newline)
                    break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline)
            throw InvalidSyntax();
        _p++;
    }

    private StmtNode SimpleStatement()
    {
        int start = _p;
        switch (Kind)
        {
            case TokenKind.Pass:
                _p++;
                return Fin(new Pass(), start);
            case TokenKind.Break:
                _p++;
                return Fin(new Break(), start);
            case TokenKind.Continue:
                _p++;
                return Fin(new Continue(), start);
            case TokenKind.Return:
            {
                _p++;
                ExprNode? value = StartsExpression(Kind) ? StarExpressions() : null;
                return Fin(new Return { Value = value }, start);
            }
            case TokenKind.Raise:
            {
                _p++;
                ExprNode? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = Expression();
                    if (Accept(TokenKind.From))
                        cause = Expression();
                }
                return Fin(new Raise { Exc = exc, Cause = cause }, start);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                bool global = Kind == TokenKind.Global;
                _p++;
                var names = new List<string> { ExpectName() };
                while (Accept(TokenKind.Comma))
                    names.Add(ExpectName());
                return global ? Fin(new Global { Names = names }, start) : Fin(new Nonlocal { Names = names }, start);
            }
            case TokenKind.Del:
                return DelStatement();
            case TokenKind.Assert:
            {
                _p++;
                var test = Expression();
                ExprNode? msg = null;
                if (Accept(TokenKind.Comma))
                    msg = Expression();
                return Fin(new Assert { Test = test, Msg = msg }, start);
            }
            case TokenKind.Import:
                return ImportStatement();
            case TokenKind.From:
                return FromImportStatement();
        }
        return ExpressionStatement();
    }

    private StmtNode DelStatement()
    {
        int start = _p++;
        if (!StartsExpression(Kind))
            throw InvalidSyntax();
        var targets = new List<ExprNode> { StarExpression() };
        while (Accept(TokenKind.Comma) && StartsExpression(Kind))
            targets.Add(StarExpression());
        if (Kind != TokenKind.Newline && Kind != TokenKind.Semi)
            throw InvalidSyntax();
        foreach (var target in targets)
        {
            var bad = FirstInvalidTarget(target, forDelete: true);
            if (bad is not null)
                throw ErrorAtNode(bad, $"cannot delete {ExprName(bad)}");
        }
        foreach (var target in targets)
            SetContext(target, ExprContext.Del);
        return Fin(new Delete { Targets = targets }, start);
    }

    /// <summary>The first part of <paramref name="e"/> that cannot be a target, or null.</summary>
    private static ExprNode? FirstInvalidTarget(ExprNode e, bool forDelete = false)
    {
        switch (e)
        {
            case Name or Ast.Attribute or Subscript:
                return null;
            case Starred s:
                return forDelete ? s : FirstInvalidTarget(s.Value);
            case Ast.Tuple or List:
                foreach (var elt in e is Ast.Tuple t ? t.Elts : ((List)e).Elts)
                {
                    var bad = FirstInvalidTarget(elt, forDelete);
                    if (bad is not null)
                        return bad;
                }
                return null;
            default:
                return e;
        }
    }

    private StmtNode ExpressionStatement()
    {
        int start = _p;
        ExprNode first = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();

        if (Kind == TokenKind.Colon)
        {
            // Annotated assignment.
            switch (first)
            {
                case Ast.Tuple t:
                    throw ErrorAtNode(_tokens[start].Kind == TokenKind.LPar ? t : t.Elts[0], "only single target (not tuple) can be annotated");
                case List:
                    throw ErrorAtNode(first, "only single target (not list) can be annotated");
                case Name or Ast.Attribute or Subscript:
                    break;
                default:
                    throw ErrorAtNode(first, "illegal target for annotation");
            }
            SetContext(first, ExprContext.Store);
            _p++;
            var annotation = Expression();
            ExprNode? value = null;
            if (Accept(TokenKind.Equal))
                value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
            int simple = first is Name && _tokens[start].Kind != TokenKind.LPar ? 1 : 0;
            return Fin(new AnnAssign { Target = first, Annotation = annotation, Value = value, Simple = simple }, start);
        }

        if (Kind == TokenKind.Equal)
        {
            int firstEqual = _p;
            var targets = new List<ExprNode> { first };
            ExprNode value;
            while (true)
            {
                _p++;
                value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
                if (Kind != TokenKind.Equal)
                    break;
                targets.Add(value);
            }
            foreach (var t in targets)
            {
                if (t is Yield or YieldFrom || FirstInvalidTarget(t) is not null)
                    throw InvalidAssignment(targets, start, firstEqual);
            }
            foreach (var t in targets)
                SetContext(t, ExprContext.Store);
            return Fin(new Assign { Targets = targets, Value = value }, start);
        }

        Operator? op = Kind switch
        {
            TokenKind.PlusEqual => Operator.Add,
            TokenKind.MinEqual => Operator.Sub,
            TokenKind.StarEqual => Operator.Mult,
            TokenKind.AtEqual => Operator.MatMult,
            TokenKind.SlashEqual => Operator.Div,
            TokenKind.PercentEqual => Operator.Mod,
            TokenKind.AmperEqual => Operator.BitAnd,
            TokenKind.VBarEqual => Operator.BitOr,
            TokenKind.CircumflexEqual => Operator.BitXor,
            TokenKind.LeftShiftEqual => Operator.LShift,
            TokenKind.RightShiftEqual => Operator.RShift,
            TokenKind.DoubleStarEqual => Operator.Pow,
            TokenKind.DoubleSlashEqual => Operator.FloorDiv,
            _ => null,
        };
        if (op is not null)
        {
            if (first is not (Name or Ast.Attribute or Subscript))
                throw ErrorAtNode(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            SetContext(first, ExprContext.Store);
            _p++;
            var value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
            return Fin(new AugAssign { Target = first, Op = op.Value, Value = value }, start);
        }

        if (Kind != TokenKind.Newline && Kind != TokenKind.Semi)
        {
            if (StartsExpression(Kind) && first is not Ast.Tuple)
                throw MissingCommaOrInvalid(first, insideBrackets: false);
            throw InvalidSyntax();
        }
        return Fin(new Expr { Value = first }, start);
    }


    private StmtNode ImportStatement()
    {
        int start = _p++;
        var names = new List<Alias>();
        do
        {
            int aliasStart = _p;
            string name = DottedName();
            string? asname = null;
            if (Accept(TokenKind.As))
                asname = ExpectName();
            names.Add(Fin(new Alias { Name = name, Asname = asname }, aliasStart));
        }
        while (Accept(TokenKind.Comma));
        return Fin(new Import { Names = names }, start);
    }

    private string DottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.Dot)
            return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot))
            sb.Append('.').Append(ExpectName());
        return string.Intern(sb.ToString());
    }

    private StmtNode FromImportStatement()
    {
        int start = _p++;
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
                level++;
            else if (Accept(TokenKind.Ellipsis))
                level += 3;
            else
                break;
        }
        string? module = null;
        if (Kind != TokenKind.Import)
            module = DottedName();
        if (Kind != TokenKind.Import)
            throw InvalidSyntax();
        _p++;
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            int s = _p++;
            names.Add(Fin(new Alias { Name = "*" }, s));
            return Fin(new ImportFrom { Module = module, Names = names, Level = level }, start);
        }
        bool paren = Accept(TokenKind.LPar);
        do
        {
            if (paren && Kind == TokenKind.RPar)
                break;
            if (!paren && Kind == TokenKind.Newline && Previous.Kind == TokenKind.Comma)
                throw ErrorAtToken(_p, "trailing comma not allowed without surrounding parentheses");
            int aliasStart = _p;
            string name = ExpectName();
            string? asname = null;
            if (Accept(TokenKind.As))
                asname = ExpectName();
            names.Add(Fin(new Alias { Name = name, Asname = asname }, aliasStart));
        }
        while (Accept(TokenKind.Comma));
        if (paren)
            Expect(TokenKind.RPar);
        return Fin(new ImportFrom { Module = module, Names = names, Level = level }, start);
    }

    // ---- Compound statements ----

    /// <summary>A block after ':'; <paramref name="what"/> names the statement for the IndentationError.</summary>
    private List<StmtNode> Block(string what, int headerLine)
    {
        var body = new List<StmtNode>();
        if (Kind == TokenKind.Newline)
        {
            _p++;
            if (Kind != TokenKind.Indent)
                throw ErrorAtToken(_p, $"expected an indented block after {what} on line {headerLine}", SyntaxErrorKind.IndentationError);
            _p++;
            do
            {
                Statement(body);
            }
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker);
            Accept(TokenKind.Dedent);
            return body;
        }
        if (Kind == TokenKind.EndMarker)
            throw InvalidSyntax();
        SimpleStatements(body);
        return body;
    }

    /// <summary>
    /// Spans a compound statement up to its last token that is not NEWLINE, INDENT or DEDENT, as pegen
    /// does (so a trailing ';' in its block counts).
    /// </summary>
    private T FinBlock<T>(T node, int startToken) where T : LocatedNode
    {
        int last = _p - 1;
        while (last > startToken && _tokens[last].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)
            last--;
        return SpanTokens(node, startToken, last);
    }

    private void ExpectColon(bool forced = false)
    {
        if (Kind != TokenKind.Colon)
            throw ExpectedColon(forced);
        _p++;
    }

    private StmtNode Decorated()
    {
        var decorators = new List<ExprNode>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(NamedExpression());
            if (Kind != TokenKind.Newline)
                throw InvalidSyntax();
            _p++;
        }
        if (Kind == TokenKind.Def || Kind == TokenKind.Async && PeekKind(1) == TokenKind.Def)
            return FunctionDef(_p, decorators);
        if (Kind == TokenKind.Class)
            return ClassDef(_p, decorators);
        throw InvalidSyntax();
    }

    private StmtNode FunctionDef(int start, List<ExprNode> decorators)
    {
        bool isAsync = Accept(TokenKind.Async);
        int defLine = Current.Lineno;
        _p++; // def
        string name = ExpectName();
        if (Kind != TokenKind.LPar)
            throw ErrorAtToken(_p, "expected '('");
        _p++;
        var args = Parameters(lambda: false, TokenKind.RPar);
        Expect(TokenKind.RPar);
        ExprNode? returns = null;
        if (Accept(TokenKind.RArrow))
            returns = Expression();
        ExpectColon(forced: true);
        var body = Block("function definition", defLine);
        if (isAsync)
            return FinBlock(new AsyncFunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns }, start);
        return FinBlock(new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns }, start);
    }

    private StmtNode ClassDef(int start, List<ExprNode> decorators)
    {
        int line = Current.Lineno;
        _p++;
        string name = ExpectName();
        var bases = new List<ExprNode>();
        var keywords = new List<Keyword>();
        if (Kind == TokenKind.LPar)
        {
            int open = _p++;
            ParseArguments(open, bases, keywords, TokenKind.RPar, allowGenerator: false);
            Expect(TokenKind.RPar);
        }
        ExpectColon();
        var body = Block("class definition", line);
        return FinBlock(new ClassDef { Name = name, Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators }, start);
    }

    private StmtNode IfStatement()
    {
        int start = _p;
        int line = Current.Lineno;
        string what = Kind == TokenKind.If ? "'if' statement" : "'elif' statement";
        _p++;
        var test = NamedExpression();
        ExpectColon();
        var body = Block(what, line);
        List<StmtNode> orelse;
        if (Kind == TokenKind.Elif)
        {
            orelse = new List<StmtNode> { IfStatement() };
        }
        else if (Kind == TokenKind.Else)
        {
            orelse = ElseBlock();
        }
        else
        {
            orelse = new List<StmtNode>();
        }
        return FinBlock(new If { Test = test, Body = body, Orelse = orelse }, start);
    }


    private List<StmtNode> ElseBlock()
    {
        int line = Current.Lineno;
        _p++;
        ExpectColon(forced: true);
        return Block("'else' statement", line);
    }

    private StmtNode WhileStatement()
    {
        int start = _p;
        int line = Current.Lineno;
        _p++;
        var test = NamedExpression();
        ExpectColon();
        var body = Block("'while' statement", line);
        var orelse = Kind == TokenKind.Else ? ElseBlock() : new List<StmtNode>();
        return FinBlock(new While { Test = test, Body = body, Orelse = orelse }, start);
    }

    private StmtNode ForStatement(int start, bool isAsync)
    {
        int line = Current.Lineno;
        _p++;
        var target = StarTargets();
        if (Kind != TokenKind.In)
            throw InvalidSyntax();
        _p++;
        var iter = StarExpressions();
        ExpectColon(forced: true);
        var body = Block("'for' statement", line);
        var orelse = Kind == TokenKind.Else ? ElseBlock() : new List<StmtNode>();
        if (isAsync)
            return FinBlock(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse }, start);
        return FinBlock(new For { Target = target, Iter = iter, Body = body, Orelse = orelse }, start);
    }

    private StmtNode WithStatement(int start, bool isAsync)
    {
        int line = Current.Lineno;
        _p++;
        var items = new List<WithItem>();
        if (Kind == TokenKind.LPar && ParenthesizedWithItemsFollow())
        {
            _p++;
            do
            {
                if (Kind == TokenKind.RPar)
                    break;
                items.Add(WithItem());
            }
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.RPar);
        }
        else
        {
            do
            {
                items.Add(WithItem());
            }
            while (Accept(TokenKind.Comma));
        }
        ExpectColon();
        var body = Block("'with' statement", line);
        if (isAsync)
            return FinBlock(new AsyncWith { Items = items, Body = body }, start);
        return FinBlock(new With { Items = items, Body = body }, start);
    }

    /// <summary>
    /// True when the '(' after 'with' encloses the items themselves (<c>with (a as b, c):</c>) rather than
    /// starting an expression: the matching ')' is followed by ':'.
    /// </summary>
    private bool ParenthesizedWithItemsFollow()
    {
        int depth = 0;
        for (int i = _p; ; i++)
        {
            var k = TokenAt(i).Kind;
            if (k == TokenKind.LPar || k == TokenKind.LSqb || k == TokenKind.LBrace)
            {
                depth++;
            }
            else if (k == TokenKind.RPar || k == TokenKind.RSqb || k == TokenKind.RBrace)
            {
                if (--depth == 0)
                    return TokenAt(i + 1).Kind == TokenKind.Colon;
            }
            else if (k == TokenKind.EndMarker || k == TokenKind.Newline)
            {
                return false;
            }
        }
    }

    private WithItem WithItem()
    {
        var context = Expression();
        ExprNode? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = StarTargetsUntil();
        }
        return new WithItem { ContextExpr = context, OptionalVars = vars };
    }

    /// <summary>A single star_target of a with-item (a tuple only when parenthesized).</summary>
    private ExprNode StarTargetsUntil()
    {
        var t = StarTarget();
        if (Kind != TokenKind.Comma && Kind != TokenKind.RPar && Kind != TokenKind.Colon && Kind != TokenKind.Newline)
            throw InvalidSyntax();
        return t;
    }

    private StmtNode TryStatement()
    {
        int start = _p;
        int line = Current.Lineno;
        _p++;
        ExpectColon(forced: true);
        var body = Block("'try' statement", line);
        var handlers = new List<ExceptHandlerNode>();
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            int hstart = _p;
            int hline = Current.Lineno;
            _p++;
            bool isStar = Accept(TokenKind.Star);
            if (star is not null && star != isStar)
            {
                // Reported at "except*" when it comes second, at "except" otherwise.
                ref Token marker = ref _tokens[_p - 1];
                ref Token first = ref _tokens[hstart];
                throw ErrorAt("cannot have both 'except' and 'except*' on the same 'try'", first.Lineno, first.ColOffset, marker.EndLineno, marker.EndColOffset);
            }
            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                type = Expression();
                if (Kind == TokenKind.Comma)
                {
                    int save = _p;
                    _p++;
                    var more = Expression();
                    if (Kind == TokenKind.Colon || Kind == TokenKind.As)
                        throw ErrorAtNodes(type, more, "multiple exception types must be parenthesized");
                    _p = save;
                }
                if (Accept(TokenKind.As))
                    name = ExpectName();
            }
            else if (isStar)
            {
                throw ErrorAtToken(_p, "expected one or more exception types");
            }
            ExpectColon();
            var hbody = Block(isStar ? "'except*' statement" : "'except' statement", hline);
            handlers.Add(FinBlock(new ExceptHandler { Type = type, Name = name, Body = hbody }, hstart));
        }
        var orelse = new List<StmtNode>();
        if (Kind == TokenKind.Else)
        {
            if (handlers.Count == 0)
                throw InvalidSyntax();
            orelse = ElseBlock();
        }
        var finalbody = new List<StmtNode>();
        if (Kind == TokenKind.Finally)
        {
            int fline = Current.Lineno;
            _p++;
            ExpectColon(forced: true);
            finalbody = Block("'finally' statement", fline);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw ErrorAtToken(_p, "expected 'except' or 'finally' block");
        if (star == true)
            return FinBlock(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        return FinBlock(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
    }
}
