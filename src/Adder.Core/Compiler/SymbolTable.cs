using Adder.Parser;
using Adder.Parser.Ast;
using Ast = Adder.Parser.Ast;

namespace Adder.Compiler;

public enum ScopeKind
{
    Module,
    Class,
    Function,
    Comprehension,
    Annotation,
}

/// <summary>How a name was used in one scope, as collected from the code (Python/symtable.c: DEF_*).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFreeClass = 32,
    DefImport = 64,
    DefAnnot = 128,
    DefCompIter = 256,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>Where a name lives once the scopes are analysed.</summary>
public enum NameScope
{
    Local = 1,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// <summary>One scope: a module, class body, function, lambda or comprehension.</summary>
public sealed class Scope
{
    public Scope(string name, ScopeKind kind, LocatedNode? node, Scope? parent)
    {
        Name = name;
        Kind = kind;
        Node = node;
        Parent = parent;
        IsNested = parent is not null && (parent.IsNested || parent.Kind == ScopeKind.Function || parent.Kind == ScopeKind.Comprehension);
    }

    public string Name { get; }
    public ScopeKind Kind { get; }
    public LocatedNode? Node { get; }
    public Scope? Parent { get; }
    public bool IsNested { get; }
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();
    public Dictionary<string, NameScope> Scopes { get; } = new();
    public List<Scope> Children { get; } = new();
    public List<string> Parameters { get; } = new();
    public bool IsGenerator { get; set; }
    public bool IsCoroutine { get; set; }
    public bool HasFree { get; set; }
    public bool ChildHasFree { get; set; }
    public bool NeedsClassClosure { get; set; }

    /// <summary>The comprehension kind, for "'yield' inside list comprehension".</summary>
    public string? ComprehensionKind { get; set; }

    /// <summary>Where each global/nonlocal name was declared, for errors found during analysis.</summary>
    internal Dictionary<string, StmtNode> Directives { get; } = new();

    public NameScope ScopeOf(string name) => Scopes.TryGetValue(name, out var s) ? s : NameScope.GlobalImplicit;
}

/// <summary>
/// Scopes and name bindings of a module (Python/symtable.c is the reference): a collection pass that
/// records every definition and use, then an analysis that decides local, global, free and cell.
/// Raises the SyntaxErrors that CPython's symbol table raises.
/// </summary>
public sealed partial class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current;

    private SymbolTable(Module module)
    {
        Top = new Scope("top", ScopeKind.Module, null, null);
        _current = Top;
        _scopes[module] = Top;
    }

    public Scope Top { get; }

    /// <summary>The scope a function, lambda, class or comprehension node opens.</summary>
    public Scope ScopeFor(Node node) => _scopes[node];

    public static SymbolTable Build(Module module)
    {
        var table = new SymbolTable(module);
        foreach (var s in module.Body)
            table.VisitStmt(s);
        Analyze(table.Top, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        return table;
    }

    // ---- Errors ----

    /// <summary>Symbol-table errors carry byte offsets, as CPython reports them.</summary>
    internal static PythonSyntaxError Error(string msg, LocatedNode at) =>
        new(SyntaxErrorKind.SyntaxError, msg, at.Lineno, at.ColOffset + 1, at.EndLineno, at.EndColOffset + 1, null);

    // ---- Collection ----

    private void AddDef(string name, SymbolFlags flag, LocatedNode at) => AddDef(_current, name, flag, at);

    private static void AddDef(Scope scope, string name, SymbolFlags flag, LocatedNode at)
    {
        name = Mangle(scope, name);
        scope.Symbols.TryGetValue(name, out var old);
        if ((flag & SymbolFlags.DefParam) != 0 && (old & SymbolFlags.DefParam) != 0)
            throw Error($"duplicate argument '{name}' in function definition", at);
        scope.Symbols[name] = old | flag;
    }

    /// <summary>Private names (<c>__x</c>) in a class body are mangled to <c>_Class__x</c>.</summary>
    internal static string Mangle(Scope scope, string name)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
                return Mangling.Mangle(s.Name, name);
        }
        return name;
    }

    private Scope Enter(string name, ScopeKind kind, LocatedNode node, Node key)
    {
        var scope = new Scope(name, kind, node, _current);
        _current.Children.Add(scope);
        _scopes[key] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void VisitStmts(List<StmtNode> body)
    {
        foreach (var s in body)
            VisitStmt(s);
    }

    private void VisitStmt(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f:
                AddDef(f.Name, SymbolFlags.DefLocal, f);
                VisitDefaults(f.Args);
                VisitAnnotations(f.Args, f.Returns);
                VisitExprs(f.DecoratorList);
                Enter(f.Name, ScopeKind.Function, f, f);
                VisitParameters(f.Args, f);
                VisitStmts(f.Body);
                Leave();
                break;
            case AsyncFunctionDef f:
                AddDef(f.Name, SymbolFlags.DefLocal, f);
                VisitDefaults(f.Args);
                VisitAnnotations(f.Args, f.Returns);
                VisitExprs(f.DecoratorList);
                Enter(f.Name, ScopeKind.Function, f, f).IsCoroutine = true;
                VisitParameters(f.Args, f);
                VisitStmts(f.Body);
                Leave();
                break;
            case ClassDef c:
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                Enter(c.Name, ScopeKind.Class, c, c);
                VisitStmts(c.Body);
                Leave();
                break;
            case Return r:
                if (r.Value is not null)
                    VisitExpr(r.Value);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                if (a.Target is Name n)
                {
                    string name = Mangle(_current, n.Id);
                    _current.Symbols.TryGetValue(name, out var cur);
                    if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _current != Top && a.Simple == 1)
                    {
                        string what = (cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                        throw Error($"annotated name '{n.Id}' can't be {what}", a);
                    }
                    if (a.Simple == 1)
                        AddDef(n.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, n);
                    else if (a.Value is not null)
                        AddDef(n.Id, SymbolFlags.DefLocal, n);
                }
                else
                {
                    VisitExpr(a.Target);
                }
                VisitAnnotation(a.Annotation);
                if (a.Value is not null)
                    VisitExpr(a.Value);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null)
                        VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                    VisitExpr(r.Exc);
                if (r.Cause is not null)
                    VisitExpr(r.Cause);
                break;
            case Try t:
                VisitStmts(t.Body);
                VisitStmts(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStmts(t.Finalbody);
                break;
            case TryStar t:
                VisitStmts(t.Body);
                VisitStmts(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStmts(t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null)
                    VisitExpr(a.Msg);
                break;
            case Import i:
                VisitAliases(i.Names, i);
                break;
            case ImportFrom i:
                VisitAliases(i.Names, i);
                break;
            case Global g:
                VisitDirective(g, g.Names, SymbolFlags.DefGlobal);
                break;
            case Nonlocal nl:
                VisitDirective(nl, nl.Names, SymbolFlags.DefNonlocal);
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStmts(w.Body);
                break;
        }
    }

    private void VisitHandlers(List<ExceptHandlerNode> handlers)
    {
        foreach (ExceptHandler h in handlers)
        {
            if (h.Type is not null)
                VisitExpr(h.Type);
            if (h.Name is not null)
                AddDef(h.Name, SymbolFlags.DefLocal, h);
            VisitStmts(h.Body);
        }
    }

    private void VisitWithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            if (item.OptionalVars is not null)
                VisitExpr(item.OptionalVars);
        }
    }

    private void VisitAliases(List<Alias> names, StmtNode stmt)
    {
        foreach (var a in names)
        {
            if (a.Name == "*")
            {
                if (_current.Kind != ScopeKind.Module)
                    throw Error("import * only allowed at module level", a);
                continue;
            }
            string stored = a.Asname ?? (a.Name.Contains('.') ? a.Name.Substring(0, a.Name.IndexOf('.')) : a.Name);
            AddDef(stored, SymbolFlags.DefImport, a);
        }
        _ = stmt;
    }

    private void VisitDirective(StmtNode s, List<string> names, SymbolFlags flag)
    {
        bool global = flag == SymbolFlags.DefGlobal;
        foreach (string raw in names)
        {
            string name = Mangle(_current, raw);
            _current.Symbols.TryGetValue(name, out var cur);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0)
                    msg = global ? $"name '{raw}' is parameter and global" : $"name '{raw}' is parameter and nonlocal";
                else if ((cur & SymbolFlags.Use) != 0)
                    msg = global ? $"name '{raw}' is used prior to global declaration" : $"name '{raw}' is used prior to nonlocal declaration";
                else if ((cur & SymbolFlags.DefAnnot) != 0)
                    msg = global ? $"annotated name '{raw}' can't be global" : $"annotated name '{raw}' can't be nonlocal";
                else
                    msg = global ? $"name '{raw}' is assigned to before global declaration" : $"name '{raw}' is assigned to before nonlocal declaration";
                throw Error(msg, s);
            }
            if (!global && _current.Kind == ScopeKind.Module)
                throw Error("nonlocal declaration not allowed at module level", s);
            _current.Symbols[name] = cur | flag;
            _current.Directives.TryAdd(name, s);
        }
    }

    private void VisitDefaults(Arguments args)
    {
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null)
                VisitExpr(d);
        }
    }

    private void VisitAnnotations(Arguments args, ExprNode? returns)
    {
        foreach (var a in args.Posonlyargs)
            VisitAnnotation(a.Annotation);
        foreach (var a in args.Args)
            VisitAnnotation(a.Annotation);
        VisitAnnotation(args.Vararg?.Annotation);
        foreach (var a in args.Kwonlyargs)
            VisitAnnotation(a.Annotation);
        VisitAnnotation(args.Kwarg?.Annotation);
        VisitAnnotation(returns);
    }

    private void VisitAnnotation(ExprNode? annotation)
    {
        if (annotation is not null)
            VisitExpr(annotation);
    }

    private void VisitParameters(Arguments args, LocatedNode owner)
    {
        _ = owner;
        // CPython's order, which is also co_varnames': positional, keyword-only, *args, **kwargs.
        foreach (var a in args.Posonlyargs)
            AddParam(a);
        foreach (var a in args.Args)
            AddParam(a);
        foreach (var a in args.Kwonlyargs)
            AddParam(a);
        if (args.Vararg is not null)
            AddParam(args.Vararg);
        if (args.Kwarg is not null)
            AddParam(args.Kwarg);
    }

    private void AddParam(Arg a)
    {
        AddDef(a.ArgName, SymbolFlags.DefParam, a);
        _current.Parameters.Add(Mangle(_current, a.ArgName));
    }

    private void VisitExprs(List<ExprNode> exprs)
    {
        foreach (var e in exprs)
        {
            if (e is not null)
                VisitExpr(e);
        }
    }

    private void VisitExpr(ExprNode e)
    {
        switch (e)
        {
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // super() needs the __class__ cell of the enclosing class.
                if (n.Ctx == ExprContext.Load && n.Id == "super" && _current.Kind == ScopeKind.Function)
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case NamedExpr ne:
                VisitNamedExpr(ne);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitDefaults(l.Args);
                Enter("lambda", ScopeKind.Function, l, l);
                VisitParameters(l.Args, l);
                VisitExpr(l.Body);
                Leave();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                VisitExprs(d.Keys);
                VisitExprs(d.Values);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case GeneratorExp g:
                VisitComprehension(g, "genexpr", "generator expression", g.Generators, g.Elt, null);
                break;
            case ListComp l:
                VisitComprehension(l, "listcomp", "list comprehension", l.Generators, l.Elt, null);
                break;
            case SetComp s:
                VisitComprehension(s, "setcomp", "set comprehension", s.Generators, s.Elt, null);
                break;
            case DictComp d:
                VisitComprehension(d, "dictcomp", "dict comprehension", d.Generators, d.Key, d.Value);
                break;
            case Yield y:
                if (y.Value is not null)
                    VisitExpr(y.Value);
                MarkGenerator(y);
                break;
            case YieldFrom y:
                VisitExpr(y.Value);
                MarkGenerator(y);
                break;
            case Await a:
                VisitExpr(a.Value);
                // An await makes the comprehension it is in a coroutine.
                if (_current.ComprehensionKind is not null)
                    _current.IsCoroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords)
                    VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null)
                    VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case Ast.Attribute a:
                VisitExpr(a.Value);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case Ast.Slice s:
                if (s.Lower is not null)
                    VisitExpr(s.Lower);
                if (s.Upper is not null)
                    VisitExpr(s.Upper);
                if (s.Step is not null)
                    VisitExpr(s.Step);
                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case Ast.Tuple t:
                VisitExprs(t.Elts);
                break;
        }
    }

    private void MarkGenerator(ExprNode at)
    {
        _current.IsGenerator = true;
        if (_current.ComprehensionKind is { } kind)
            throw Error($"'yield' inside {kind}", at);
    }

    private void VisitComprehension(ExprNode node, string name, string kind, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        // The outermost iterable is evaluated in the enclosing scope.
        var outermost = generators[0];
        _inComprehensionIter++;
        VisitExpr(outermost.Iter);
        _inComprehensionIter--;
        var scope = Enter(name, ScopeKind.Comprehension, node, node);
        scope.ComprehensionKind = kind;
        if (outermost.IsAsync == 1)
            scope.IsCoroutine = true;
        AddDef(".0", SymbolFlags.DefParam, node);
        VisitComprehensionTarget(outermost.Target);
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            VisitComprehensionTarget(g.Target);
            _inComprehensionIter++;
            VisitExpr(g.Iter);
            _inComprehensionIter--;
            VisitExprs(g.Ifs);
            if (g.IsAsync == 1)
                scope.IsCoroutine = true;
        }
        if (value is not null)
            VisitExpr(value);
        VisitExpr(elt);
        Leave();
        if (kind == "generator expression")
            scope.IsGenerator = true;
    }

    private int _inComprehensionIter;

    private void VisitComprehensionTarget(ExprNode target)
    {
        VisitExpr(target);
        MarkCompIter(target);
    }

    private void MarkCompIter(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                AddDef(n.Id, SymbolFlags.DefCompIter, n);
                break;
            case Ast.Tuple t:
                foreach (var e in t.Elts)
                    MarkCompIter(e);
                break;
            case List l:
                foreach (var e in l.Elts)
                    MarkCompIter(e);
                break;
            case Starred s:
                MarkCompIter(s.Value);
                break;
        }
    }

    /// <summary>A walrus binds in the nearest enclosing function or module, even inside comprehensions.</summary>
    private void VisitNamedExpr(NamedExpr ne)
    {
        if (_inComprehensionIter > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", ne);
        var target = (Name)ne.Target;
        if (_current.Kind == ScopeKind.Comprehension)
        {
            for (var s = _current; s is not null; s = s.Parent)
            {
                if (s.Kind == ScopeKind.Comprehension)
                {
                    if (s.Symbols.TryGetValue(target.Id, out var f) && (f & SymbolFlags.DefCompIter) != 0)
                        throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target);
                    continue;
                }
                if (s.Kind == ScopeKind.Class)
                    throw Error("assignment expression within a comprehension cannot be used in a class body", target);
                // Bind in s; the comprehensions in between see the name as free.
                s.Symbols.TryGetValue(target.Id, out var outer);
                bool global = s.Kind == ScopeKind.Module || (outer & SymbolFlags.DefGlobal) != 0;
                AddDef(_current, target.Id, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, target);
                _current.Directives.TryAdd(target.Id, new Expr { Value = ne, Lineno = ne.Lineno, ColOffset = ne.ColOffset, EndLineno = ne.EndLineno, EndColOffset = ne.EndColOffset });
                AddDef(s, target.Id, s.Kind == ScopeKind.Module ? SymbolFlags.DefGlobal : SymbolFlags.DefLocal, target);
                break;
            }
            VisitExpr(ne.Value);
            return;
        }
        VisitExpr(ne.Value);
        VisitExpr(target);
    }

    private void VisitPattern(PatternNode p)
    {
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSequence s:
                foreach (var x in s.Patterns)
                    VisitPattern(x);
                break;
            case MatchStar s:
                if (s.Name is not null)
                    AddDef(s.Name, SymbolFlags.DefLocal, s);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var x in m.Patterns)
                    VisitPattern(x);
                if (m.Rest is not null)
                    AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var x in c.Patterns)
                    VisitPattern(x);
                foreach (var x in c.KwdPatterns)
                    VisitPattern(x);
                break;
            case MatchAs a:
                if (a.Pattern is not null)
                    VisitPattern(a.Pattern);
                if (a.Name is not null)
                    AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o:
                foreach (var x in o.Patterns)
                    VisitPattern(x);
                break;
        }
    }
}
