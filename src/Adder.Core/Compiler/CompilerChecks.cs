using Adder.Parser;
using Adder.Parser.Ast;
using Ast = Adder.Parser.Ast;

namespace Adder.Compiler;

/// <summary>
/// The SyntaxErrors CPython raises while generating code (Python/compile.c, future.c): statements out of
/// place, starred and <c>__debug__</c> targets, repeated keywords, unreachable or inconsistent match
/// patterns, misplaced <c>from __future__</c>. Until the code generator exists these run as their own
/// pass, in the order the generator would meet them.
/// </summary>
internal sealed class CompilerChecks
{
    private static readonly HashSet<string> s_futureFeatures = new()
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    private readonly SymbolTable _symbols;
    private Scope _scope;
    private bool _inLoop;
    private bool _asyncFunction;
    private int _futureLine;

    private CompilerChecks(SymbolTable symbols)
    {
        _symbols = symbols;
        _scope = symbols.Top;
    }

    /// <summary>The checks future.c makes before the symbol table is built.</summary>
    public static void CheckFutureImports(Module module, out int futureLine)
    {
        futureLine = 0;
        var body = module.Body;
        int i = body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } } ? 1 : 0;
        bool done = false;
        int prevLine = 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];
            if (done && s.Lineno > prevLine)
                return;
            prevLine = s.Lineno;
            if (s is ImportFrom { Module: "__future__" } f)
            {
                if (done)
                    throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "from __future__ imports must occur at the beginning of the file", s.Lineno, s.ColOffset, s.Lineno, -1, null);
                foreach (var alias in f.Names)
                {
                    if (alias.Name == "braces")
                        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "not a chance", s.Lineno, s.ColOffset + 1, s.Lineno, null, null);
                    if (!s_futureFeatures.Contains(alias.Name))
                        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"future feature {alias.Name} is not defined", s.Lineno, s.ColOffset + 1, s.Lineno, null, null);
                }
                futureLine = s.Lineno;
            }
            else
            {
                done = true;
            }
        }
    }

    public static void Run(Module module, SymbolTable symbols, int futureLine)
    {
        var checks = new CompilerChecks(symbols) { _futureLine = futureLine };
        checks.Stmts(module.Body);
    }

    private static PythonSyntaxError Error(string msg, LocatedNode at) => SymbolTable.Error(msg, at);

    private void Stmts(List<StmtNode> body)
    {
        foreach (var s in body)
            Stmt(s);
    }

    private void InScope(Node key, bool isAsync, Action body)
    {
        var (scope, loop, asyncFn) = (_scope, _inLoop, _asyncFunction);
        _scope = _symbols.ScopeFor(key);
        _inLoop = false;
        _asyncFunction = isAsync;
        body();
        (_scope, _inLoop, _asyncFunction) = (scope, loop, asyncFn);
    }

    private void Stmt(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f:
                Function(f, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: false);
                break;
            case AsyncFunctionDef f:
                Function(f, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: true);
                break;
            case ClassDef c:
                Exprs(c.DecoratorList);
                Exprs(c.Bases);
                Keywords(c.Keywords);
                InScope(c, false, () => Stmts(c.Body));
                break;
            case Return r:
                if (_scope.Kind != ScopeKind.Function)
                    throw Error("'return' outside function", r);
                if (r.Value is not null && _scope.IsCoroutine && _scope.IsGenerator)
                    throw Error("'return' with value in async generator", r);
                if (r.Value is not null)
                    Expr(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                    Expr(t);
                break;
            case Assign a:
                Expr(a.Value);
                foreach (var t in a.Targets)
                    Target(t);
                break;
            case AugAssign a:
                Expr(a.Target);
                Expr(a.Value);
                break;
            case AnnAssign a:
                if (a.Value is not null)
                    Expr(a.Value);
                Target(a.Target);
                Expr(a.Annotation);
                break;
            case For f:
                Expr(f.Iter);
                Target(f.Target);
                Loop(f.Body);
                Stmts(f.Orelse);
                break;
            case AsyncFor f:
                if (!_asyncFunction)
                    throw Error("'async for' outside async function", f);
                Expr(f.Iter);
                Target(f.Target);
                Loop(f.Body);
                Stmts(f.Orelse);
                break;
            case While w:
                Expr(w.Test);
                Loop(w.Body);
                Stmts(w.Orelse);
                break;
            case If i:
                Expr(i.Test);
                Stmts(i.Body);
                Stmts(i.Orelse);
                break;
            case With w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case AsyncWith w:
                if (!_asyncFunction)
                    throw Error("'async with' outside async function", w);
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case Match m:
                Expr(m.Subject);
                for (int i = 0; i < m.Cases.Count; i++)
                {
                    var c = m.Cases[i];
                    var stores = new List<string>();
                    Pattern(c.Pattern, stores, allowIrrefutable: c.Guard is not null || i == m.Cases.Count - 1);
                    if (c.Guard is not null)
                        Expr(c.Guard);
                    Stmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                    Expr(r.Exc);
                if (r.Cause is not null)
                    Expr(r.Cause);
                break;
            case Try t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                Stmts(t.Finalbody);
                break;
            case TryStar t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                Stmts(t.Finalbody);
                break;
            case Assert a:
                Expr(a.Test);
                if (a.Msg is not null)
                    Expr(a.Msg);
                break;
            case ImportFrom f:
                if (f.Module == "__future__" && s.Lineno > _futureLine)
                    throw Error("from __future__ imports must occur at the beginning of the file", s);
                break;
            case Expr e:
                Expr(e.Value);
                break;
            case Break:
                if (!_inLoop)
                    throw Error("'break' outside loop", s);
                break;
            case Continue:
                if (!_inLoop)
                    throw Error("'continue' not properly in loop", s);
                break;
        }
    }

    private void Function(StmtNode f, Arguments args, List<ExprNode> decorators, ExprNode? returns, List<StmtNode> body, bool isAsync)
    {
        Exprs(decorators);
        Parameters(args, f);
        _ = returns;
        InScope(f, isAsync, () => Stmts(body));
    }

    private void Parameters(Arguments args, LocatedNode owner)
    {
        Exprs(args.Defaults);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null)
                Expr(d);
        }
        foreach (var list in new[] { args.Posonlyargs, args.Args, args.Kwonlyargs })
        {
            foreach (var a in list)
                ForbiddenName(a.ArgName, owner, ExprContext.Store);
        }
        if (args.Vararg is not null)
            ForbiddenName(args.Vararg.ArgName, owner, ExprContext.Store);
        if (args.Kwarg is not null)
            ForbiddenName(args.Kwarg.ArgName, owner, ExprContext.Store);
    }

    private static void ForbiddenName(string name, LocatedNode at, ExprContext ctx)
    {
        if (ctx != ExprContext.Load && name == "__debug__")
            throw Error(ctx == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", at);
    }

    private void Loop(List<StmtNode> body)
    {
        bool old = _inLoop;
        _inLoop = true;
        Stmts(body);
        _inLoop = old;
    }

    private void Handlers(List<ExceptHandlerNode> handlers)
    {
        for (int i = 0; i < handlers.Count - 1; i++)
        {
            if (handlers[i] is ExceptHandler { Type: null } bare)
                throw Error("default 'except:' must be last", bare);
        }
        foreach (ExceptHandler h in handlers)
        {
            if (h.Type is not null)
                Expr(h.Type);
            Stmts(h.Body);
        }
    }

    private void WithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            Expr(item.ContextExpr);
            if (item.OptionalVars is not null)
                Target(item.OptionalVars);
        }
    }

    /// <summary>An assignment target: a starred target only inside a list or tuple, at most one per level.</summary>
    private void Target(ExprNode t)
    {
        switch (t)
        {
            case Starred s:
                throw Error("starred assignment target must be in a list or tuple", s);
            case Ast.Tuple or List:
            {
                var elts = t is Ast.Tuple tu ? tu.Elts : ((List)t).Elts;
                bool seenStar = false;
                foreach (var e in elts)
                {
                    if (e is Starred st)
                    {
                        if (seenStar)
                            throw Error("multiple starred expressions in assignment", t);
                        seenStar = true;
                        Target(st.Value);
                    }
                    else
                    {
                        Target(e);
                    }
                }
                break;
            }
            default:
                Expr(t);
                break;
        }
    }

    private void Exprs(List<ExprNode> exprs)
    {
        foreach (var e in exprs)
        {
            if (e is not null)
                Expr(e);
        }
    }

    /// <summary>Elements of a display or call, where a starred expression is allowed.</summary>
    private void Elements(List<ExprNode> elts)
    {
        foreach (var e in elts)
            Expr(e is Starred s ? s.Value : e);
    }

    private void Keywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var k = keywords[i];
            if (k.Arg is null)
                continue;
            for (int j = i + 1; j < keywords.Count; j++)
            {
                if (keywords[j].Arg == k.Arg)
                    throw Error($"keyword argument repeated: {k.Arg}", keywords[j]);
            }
        }
        foreach (var k in keywords)
            Expr(k.Value);
    }

    private void Expr(ExprNode e)
    {
        switch (e)
        {
            case Name n:
                ForbiddenName(n.Id, n, n.Ctx);
                break;
            case Ast.Attribute a:
                Expr(a.Value);
                ForbiddenName(a.Attr, a, a.Ctx);
                break;
            case Starred s:
                if (s.Ctx == ExprContext.Store)
                    throw Error("starred assignment target must be in a list or tuple", s);
                throw Error("can't use starred expression here", s);
            case Ast.Tuple t:
                if (t.Ctx == ExprContext.Load)
                    Elements(t.Elts);
                else
                    Target(t);
                break;
            case List l:
                if (l.Ctx == ExprContext.Load)
                    Elements(l.Elts);
                else
                    Target(l);
                break;
            case Set s:
                Elements(s.Elts);
                break;
            case Call c:
                Expr(c.Func);
                Elements(c.Args);
                foreach (var k in c.Keywords)
                {
                    if (k.Arg is not null)
                        ForbiddenName(k.Arg, c, ExprContext.Store);
                }
                Keywords(c.Keywords);
                break;
            case Yield y:
                if (_scope.Kind != ScopeKind.Function && _scope.Kind != ScopeKind.Comprehension)
                    throw Error("'yield' outside function", y);
                if (y.Value is not null)
                    Expr(y.Value);
                break;
            case YieldFrom y:
                if (_scope.Kind != ScopeKind.Function && _scope.Kind != ScopeKind.Comprehension)
                    throw Error("'yield' outside function", y);
                if (_scope.IsCoroutine)
                    throw Error("'yield from' inside async function", y);
                Expr(y.Value);
                break;
            case Await a:
                if (_scope.Kind != ScopeKind.Function && _scope.Kind != ScopeKind.Comprehension)
                    throw Error("'await' outside function", a);
                if (!_asyncFunction && _scope.Kind != ScopeKind.Comprehension)
                    throw Error("'await' outside async function", a);
                Expr(a.Value);
                break;
            case Lambda l:
                Parameters(l.Args, l);
                InScope(l, false, () => Expr(l.Body));
                break;
            case GeneratorExp g:
                Comprehension(g, g.Generators, g.Elt, null);
                break;
            case ListComp l:
                Comprehension(l, l.Generators, l.Elt, null);
                break;
            case SetComp s:
                Comprehension(s, s.Generators, s.Elt, null);
                break;
            case DictComp d:
                Comprehension(d, d.Generators, d.Key, d.Value);
                break;
            case BoolOp b:
                Exprs(b.Values);
                break;
            case BinOp b:
                Expr(b.Left);
                Expr(b.Right);
                break;
            case UnaryOp u:
                Expr(u.Operand);
                break;
            case NamedExpr ne:
                Expr(ne.Value);
                break;
            case IfExp i:
                Expr(i.Test);
                Expr(i.Body);
                Expr(i.Orelse);
                break;
            case Dict d:
                Exprs(d.Keys);
                Exprs(d.Values);
                break;
            case Compare c:
                Expr(c.Left);
                Exprs(c.Comparators);
                break;
            case FormattedValue f:
                Expr(f.Value);
                if (f.FormatSpec is not null)
                    Expr(f.FormatSpec);
                break;
            case JoinedStr j:
                Exprs(j.Values);
                break;
            case Subscript s:
                Expr(s.Value);
                Expr(s.Slice);
                break;
            case Ast.Slice s:
                if (s.Lower is not null)
                    Expr(s.Lower);
                if (s.Upper is not null)
                    Expr(s.Upper);
                if (s.Step is not null)
                    Expr(s.Step);
                break;
        }
    }

    private void Comprehension(ExprNode node, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        Expr(generators[0].Iter);
        var scope = _symbols.ScopeFor(node);
        bool isAsync = false;
        foreach (var g in generators)
            isAsync |= g.IsAsync == 1;
        if (isAsync && !_asyncFunction && node is not GeneratorExp)
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
        InScope(node, _asyncFunction, () =>
        {
            for (int i = 0; i < generators.Count; i++)
            {
                var g = generators[i];
                if (i > 0)
                    Expr(g.Iter);
                Target(g.Target);
                Exprs(g.Ifs);
            }
            if (value is not null)
                Expr(value);
            Expr(elt);
        });
        _ = scope;
    }

    // ---- Patterns ----

    private LocatedNode? _lastPattern;

    private void Pattern(PatternNode p, List<string> stores, bool allowIrrefutable)
    {
        _lastPattern = p;
        switch (p)
        {
            case MatchValue v:
                Expr(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!allowIrrefutable)
                    {
                        throw Error(a.Name is not null
                            ? $"name capture '{a.Name}' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable", a);
                    }
                }
                else
                {
                    Pattern(a.Pattern, stores, allowIrrefutable: false);
                    _lastPattern = a;
                }
                Store(a.Name, a, stores);
                break;
            case MatchStar s:
                Store(s.Name, s, stores);
                break;
            case MatchSequence s:
            {
                int stars = 0;
                foreach (var sub in s.Patterns)
                {
                    if (sub is MatchStar)
                        stars++;
                }
                if (stars > 1)
                    throw Error("multiple starred names in sequence pattern", s);
                foreach (var sub in s.Patterns)
                    Pattern(sub, stores, allowIrrefutable: true);
                break;
            }
            case MatchMapping m:
            {
                var seen = new HashSet<string>();
                foreach (var key in m.Keys)
                {
                    if (key is Constant c)
                    {
                        var sb = new System.Text.StringBuilder();
                        AstDumper.AppendConstant(sb, c.Value);
                        // Equal constants of different types (1 and 1.0, 1 and True) also collide.
                        string k = c.Value is bool b ? (b ? "1" : "0") : c.Value is double d && d == Math.Floor(d) && Math.Abs(d) < 1e15 ? ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture) : sb.ToString();
                        if (!seen.Add(k))
                            throw Error($"mapping pattern checks duplicate key ({sb})", m);
                    }
                    else if (key is not Ast.Attribute)
                    {
                        throw Error("mapping pattern keys may only match literals and attribute lookups", m);
                    }
                }
                foreach (var sub in m.Patterns)
                    Pattern(sub, stores, allowIrrefutable: true);
                Store(m.Rest, m, stores);
                break;
            }
            case MatchClass c:
            {
                for (int i = 0; i < c.KwdAttrs.Count; i++)
                {
                    ForbiddenName(c.KwdAttrs[i], c.KwdPatterns[i], ExprContext.Store);
                    for (int j = i + 1; j < c.KwdAttrs.Count; j++)
                    {
                        if (c.KwdAttrs[i] == c.KwdAttrs[j])
                            throw Error($"attribute name repeated in class pattern: {c.KwdAttrs[i]}", c.KwdPatterns[j]);
                    }
                }
                foreach (var sub in c.Patterns)
                    Pattern(sub, stores, allowIrrefutable: true);
                foreach (var sub in c.KwdPatterns)
                    Pattern(sub, stores, allowIrrefutable: true);
                break;
            }
            case MatchOr o:
            {
                List<string>? first = null;
                for (int i = 0; i < o.Patterns.Count; i++)
                {
                    var alt = new List<string>();
                    Pattern(o.Patterns[i], alt, allowIrrefutable: i == o.Patterns.Count - 1 && allowIrrefutable);
                    if (first is null)
                    {
                        first = alt;
                    }
                    else if (alt.Count != first.Count || !new HashSet<string>(alt).SetEquals(first))
                    {
                        throw Error("alternative patterns bind different names", _lastPattern ?? o);
                    }
                }
                foreach (var name in first!)
                    Store(name, o, stores);
                break;
            }
        }
    }

    private static void Store(string? name, LocatedNode at, List<string> stores)
    {
        if (name is null)
            return;
        ForbiddenName(name, at, ExprContext.Store);
        if (stores.Contains(name))
            throw Error($"multiple assignments to name '{name}' in pattern", at);
        stores.Add(name);
    }
}
