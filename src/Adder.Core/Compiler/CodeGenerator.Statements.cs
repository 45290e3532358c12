using Adder.Bytecode;
using Adder.Parser.Ast;
using Adder.Runtime;
using Ast = Adder.Parser.Ast;

namespace Adder.Compiler;

public sealed partial class CodeGenerator
{
    private void Stmt(StmtNode s)
    {
        At(s);
        switch (s)
        {
            case Expr e:
                Expression(e.Value);
                _asm.Emit(_interactive && _scope.Kind == ScopeKind.Module ? Opcode.PrintExpr : Opcode.PopTop);
                break;
            case Assign a when a.Targets.Count == 1 && ParallelAssignment(a.Targets[0], a.Value):
                break;
            case Assign a:
                Expression(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                        _asm.Emit(Opcode.Copy, 1);
                    Store(a.Targets[i]);
                }
                break;
            case AugAssign a:
                AugAssign(a);
                break;
            case AnnAssign a:
                AnnotatedAssignment(a);
                break;
            case Pass:
                _asm.Emit(Opcode.Nop);
                break;
            case If i:
                If(i);
                break;
            case While w:
                While(w);
                break;
            case For f:
                For(f, f.Iter, f.Target, f.Body, f.Orelse, isAsync: false);
                break;
            case AsyncFor af:
                For(af, af.Iter, af.Target, af.Body, af.Orelse, isAsync: true);
                break;
            case Break:
            {
                int loop = InnermostLoop();
                int handlers = Unwind(loop + 1, preserveTop: false);
                if (_blocks[loop].Kind == BlockKind.ForLoop)
                    _asm.Emit(Opcode.PopTop);
                _asm.EmitJump(Opcode.JumpForward, _blocks[loop].Break!);
                PopHandlers(handlers);
                break;
            }
            case Continue:
            {
                int loop = InnermostLoop();
                int handlers = Unwind(loop + 1, preserveTop: false);
                _asm.EmitJump(Opcode.JumpBackward, _blocks[loop].Continue!);
                PopHandlers(handlers);
                break;
            }
            case Return r:
                if (r.Value is null)
                    _asm.Emit(Opcode.LoadConst, ConstOf(null));
                else
                    Expression(r.Value);
            {
                At(r);
                int handlers = Unwind(0, preserveTop: true);
                _asm.Emit(Opcode.ReturnValue);
                PopHandlers(handlers);
                break;
            }
            case With w:
                With(w.Items, 0, w.Body, isAsync: false);
                break;
            case AsyncWith aw:
                With(aw.Items, 0, aw.Body, isAsync: true);
                break;
            case Match m:
                Match(m);
                break;
            case Try t:
                if (t.Finalbody.Count > 0)
                    TryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                else
                    TryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Finalbody.Count > 0)
                    TryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                else
                    TryExceptStar(t.Body, t.Handlers, t.Orelse);
                break;
            case Delete d:
                foreach (var target in d.Targets)
                    Delete(target);
                break;
            case FunctionDef f:
                FunctionDef(f, f.Name, f.Args, f.Returns, f.Body, f.DecoratorList);
                break;
            case AsyncFunctionDef af:
                FunctionDef(af, af.Name, af.Args, af.Returns, af.Body, af.DecoratorList);
                break;
            case ClassDef c:
                ClassDef(c);
                break;
            case Import i:
                foreach (var alias in i.Names)
                {
                    _asm.Emit(Opcode.LoadConst, ConstOf(0L));
                    _asm.Emit(Opcode.LoadConst, ConstOf(null));
                    _asm.Emit(Opcode.ImportName, Name(alias.Name));
                    if (alias.Asname is null)
                    {
                        StoreName(alias.Name.Split('.')[0]);
                        continue;
                    }
                    // "import a.b.c as d" binds d to a.b.c, reached from a.
                    var parts = alias.Name.Split('.');
                    for (int k = 1; k < parts.Length; k++)
                    {
                        _asm.Emit(Opcode.ImportFrom, Name(parts[k]));
                        _asm.Emit(Opcode.Swap, 2);
                        _asm.Emit(Opcode.PopTop);
                    }
                    StoreName(alias.Asname);
                }
                break;
            case ImportFrom i:
            {
                _asm.Emit(Opcode.LoadConst, ConstOf((long)(i.Level ?? 0)));
                var names = i.Names.Select(a => (PyObject)new PyStr(a.Name)).ToArray();
                _asm.Emit(Opcode.LoadConst, Const(new PyTuple(names), (typeof(PyTuple), "from\0" + string.Join('\0', i.Names.Select(a => a.Name)))));
                _asm.Emit(Opcode.ImportName, Name(i.Module ?? ""));
                if (i.Names.Count == 1 && i.Names[0].Name == "*")
                {
                    _asm.Emit(Opcode.ImportStar);
                    break;
                }
                foreach (var alias in i.Names)
                {
                    _asm.Emit(Opcode.ImportFrom, Name(alias.Name));
                    StoreName(alias.Asname ?? alias.Name);
                }
                _asm.Emit(Opcode.PopTop);
                break;
            }
            case Global or Nonlocal:
                break;
            case Assert a:
            {
                var end = new Label();
                Jump(a.Test, end, jumpIf: true);
                _asm.Emit(Opcode.LoadAssertionError);
                if (a.Msg is not null)
                {
                    Expression(a.Msg);
                    _asm.Emit(Opcode.Precall, 0);
                    _asm.Emit(Opcode.Call, 0);
                }
                _asm.Emit(Opcode.RaiseVarargs, 1);
                _asm.Bind(end);
                break;
            }
            case Raise r:
                if (r.Exc is not null)
                    Expression(r.Exc);
                if (r.Cause is not null)
                    Expression(r.Cause);
                At(r);
                _asm.Emit(Opcode.RaiseVarargs, r.Exc is null ? 0 : r.Cause is null ? 1 : 2);
                break;
            default:
                throw Unsupported(s, s.GetType().Name + " statements");
        }
    }

    /// <summary>
    /// <c>a, b = x, y</c> (two or three names or targets, as many values, none starred) without a tuple: the
    /// values are pushed and stored directly, as CPython's optimizer leaves it (BUILD_TUPLE + UNPACK_SEQUENCE
    /// become SWAP, and stores into distinct locals are reordered instead of swapped). False: not that shape.
    /// </summary>
    private bool ParallelAssignment(ExprNode target, ExprNode value)
    {
        var targets = target switch { Ast.Tuple t => t.Elts, List l => l.Elts, _ => null };
        if (targets is null || value is not Ast.Tuple { Elts: var values } || targets.Count != values.Count
            || targets.Count is < 2 or > 3 || targets.Exists(e => e is Starred) || values.Exists(e => e is Starred))
            return false;
        foreach (var v in values)
            Expression(v);
        var locals = new List<string>();
        foreach (var t in targets)
        {
            if (t is Name n && Mangle(n.Id) is var name && NameAccess(name) == Access.Fast && !locals.Contains(name))
                locals.Add(name);
        }
        if (locals.Count == targets.Count)
        {
            // The last value is on top: the stores go right to left, which no one can observe for distinct locals.
            for (int i = locals.Count - 1; i >= 0; i--)
                _asm.Emit(Opcode.StoreFast, Varname(locals[i]));
            return true;
        }
        _asm.Emit(Opcode.Swap, targets.Count);
        foreach (var t in targets)
            Store(t);
        return true;
    }

    private void AugAssign(AugAssign a)
    {
        int op = 13 + OperatorIndex(a.Op);
        switch (a.Target)
        {
            case Name n:
                LoadName(n.Id);
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.BinaryOp, op);
                StoreName(n.Id);
                break;
            case Subscript sub:
                Expression(sub.Value);
                Expression(sub.Slice);
                _asm.Emit(Opcode.Copy, 2);
                _asm.Emit(Opcode.Copy, 2);
                _asm.Emit(Opcode.BinarySubscr);
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.BinaryOp, op);
                _asm.Emit(Opcode.Swap, 3);
                _asm.Emit(Opcode.Swap, 2);
                _asm.Emit(Opcode.StoreSubscr);
                break;
            case Ast.Attribute attr:
                Expression(attr.Value);
                _asm.Emit(Opcode.Copy, 1);
                At(attr);
                _asm.Emit(Opcode.LoadAttr, AttributeName(attr.Attr));
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.BinaryOp, op);
                _asm.Emit(Opcode.Swap, 2);
                _asm.Emit(Opcode.StoreAttr, AttributeName(attr.Attr));
                break;
            default:
                throw Unsupported(a, "augmented assignment to " + a.Target.GetType().Name);
        }
    }

    private void Store(ExprNode target)
    {
        switch (target)
        {
            case Name n:
                StoreName(n.Id);
                break;
            case Ast.Tuple or List:
            {
                var elts = target is Ast.Tuple t ? t.Elts : ((List)target).Elts;
                int star = elts.FindIndex(e => e is Starred);
                At(target);
                if (star < 0)
                    _asm.Emit(Opcode.UnpackSequence, elts.Count);
                else
                    _asm.Emit(Opcode.UnpackEx, star | ((elts.Count - star - 1) << 8));
                foreach (var e in elts)
                    Store(e is Starred s ? s.Value : e);
                break;
            }
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                At(s);
                _asm.Emit(Opcode.StoreSubscr);
                break;
            case Ast.Attribute a:
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.StoreAttr, AttributeName(a.Attr));
                break;
            default:
                throw Unsupported(target, "assignment to " + target.GetType().Name);
        }
    }

    private void If(If i)
    {
        var orelse = new Label();
        var end = new Label();
        Jump(i.Test, orelse, jumpIf: false);
        foreach (var s in i.Body)
            Stmt(s);
        if (i.Orelse.Count > 0)
        {
            if (_asm.Last != Opcode.ReturnValue)
                _asm.EmitJump(Opcode.JumpForward, end);
            _asm.Bind(orelse);
            foreach (var s in i.Orelse)
                Stmt(s);
        }
        else
        {
            _asm.Bind(orelse);
        }
        _asm.Bind(end);
    }

    /// <summary>
    /// while: the test at the top, and again at the bottom jumping back into the body (CPython 3.11's
    /// layout: one conditional jump a round instead of a jump and a test). A test holding a nested scope
    /// (lambda, comprehension) is compiled once, with a jump back to it; <c>while True</c> has no test.
    /// </summary>
    private void While(While w)
    {
        var top = new Label();
        var body = new Label();
        var orelse = new Label();
        var end = new Label();
        bool forever = w.Test is Constant { Value: true };
        _asm.Bind(top);
        if (!forever)
            Jump(w.Test, orelse, jumpIf: false);
        _asm.Bind(body);
        _blocks.Add(new Block(BlockKind.WhileLoop, top, end));
        foreach (var s in w.Body)
            Stmt(s);
        _blocks.RemoveAt(_blocks.Count - 1);
        At(w);
        if (forever || HasNestedScope(w.Test))
            _asm.EmitJump(Opcode.JumpBackward, top);
        else
            Jump(w.Test, body, jumpIf: true);
        _asm.Bind(orelse);
        foreach (var s in w.Orelse)
            Stmt(s);
        _asm.Bind(end);
    }

    private static bool HasNestedScope(Node node)
    {
        if (node is Lambda or ListComp or SetComp or DictComp or GeneratorExp)
            return true;
        var children = new List<Node>();
        node.AddChildren(children);
        return children.Exists(HasNestedScope);
    }

    /// <summary>for / async for: the iterator stays on the stack while the body runs; async for awaits
    /// __anext__() each round and its StopAsyncIteration ends the loop (END_ASYNC_FOR).</summary>
    private void For(LocatedNode loop, ExprNode iter, ExprNode target, List<StmtNode> body, List<StmtNode> orelse, bool isAsync)
    {
        var top = new Label();
        var exhausted = new Label();
        var end = new Label();
        if (isAsync)
            Expression(iter);
        else
            Iterable(iter);
        At(loop);
        _asm.Emit(isAsync ? Opcode.GetAiter : Opcode.GetIter);
        _asm.Bind(top);
        _depth++;
        if (isAsync)
        {
            _asm.PushHandler(new Assembler.Handler(exhausted, _depth, false));
            _asm.Emit(Opcode.GetAnext);
            SendLoop(resumeKind: 3);
            _asm.PopHandler();
        }
        else
        {
            _asm.EmitJump(Opcode.ForIter, exhausted);
        }
        Store(target);
        _blocks.Add(new Block(BlockKind.ForLoop, top, end));
        foreach (var s in body)
            Stmt(s);
        _blocks.RemoveAt(_blocks.Count - 1);
        _depth--;
        At(loop);
        _asm.EmitJump(Opcode.JumpBackward, top);
        _asm.Bind(exhausted);
        if (isAsync)
            _asm.Emit(Opcode.EndAsyncFor);
        foreach (var s in orelse)
            Stmt(s);
        _asm.Bind(end);
    }

    /// <summary>
    /// x: T = v. In a module or class, a simple name's annotation is evaluated and stored in
    /// __annotations__; other targets' annotations are evaluated and dropped; functions ignore them.
    /// </summary>
    private void AnnotatedAssignment(AnnAssign a)
    {
        if (a.Value is not null)
        {
            Expression(a.Value);
            Store(a.Target);
        }
        else if (a.Target is Ast.Attribute { Value: var owner })
        {
            Expression(owner);
            _asm.Emit(Opcode.PopTop);
        }
        else if (a.Target is Subscript sub)
        {
            Expression(sub.Value);
            _asm.Emit(Opcode.PopTop);
            Expression(sub.Slice);
            _asm.Emit(Opcode.PopTop);
        }
        if (_scope.Kind is not (ScopeKind.Module or ScopeKind.Class))
            return;
        Expression(a.Annotation);
        if (a.Simple != 0 && a.Target is Name n)
        {
            LoadName("__annotations__");
            _asm.Emit(Opcode.LoadConst, ConstOf(n.Id));
            At(a);
            _asm.Emit(Opcode.StoreSubscr);
        }
        else
        {
            _asm.Emit(Opcode.PopTop);
        }
    }

    /// <summary>Whether a module or class body has annotations to collect (compile.c: find_ann).</summary>
    private static bool HasAnnotations(List<StmtNode> body)
    {
        foreach (var s in body)
        {
            bool found = s switch
            {
                AnnAssign => true,
                For f => HasAnnotations(f.Body) || HasAnnotations(f.Orelse),
                AsyncFor f => HasAnnotations(f.Body) || HasAnnotations(f.Orelse),
                While w => HasAnnotations(w.Body) || HasAnnotations(w.Orelse),
                If i => HasAnnotations(i.Body) || HasAnnotations(i.Orelse),
                With w => HasAnnotations(w.Body),
                AsyncWith w => HasAnnotations(w.Body),
                Try t => HasAnnotations(t.Body) || HasAnnotations(t.Orelse) || HasAnnotations(t.Finalbody)
                    || t.Handlers.Exists(h => HasAnnotations(((ExceptHandler)h).Body)),
                TryStar t => HasAnnotations(t.Body) || HasAnnotations(t.Orelse) || HasAnnotations(t.Finalbody)
                    || t.Handlers.Exists(h => HasAnnotations(((ExceptHandler)h).Body)),
                Match m => m.Cases.Exists(c => HasAnnotations(c.Body)),
                _ => false,
            };
            if (found)
                return true;
        }
        return false;
    }

    private void FunctionDef(StmtNode f, string name, Arguments args, ExprNode? returns, List<StmtNode> body, List<ExprNode> decorators)
    {
        foreach (var d in decorators)
            Expression(d);
        string qualname = QualnameOf(name);
        MakeFunction(f, args, qualname, name, returns, inner =>
        {
            // A function's docstring is its first constant and is not executed (None stands in for none).
            string? doc = Docstring(body);
            inner.ConstOf(doc);
            for (int i = doc is null ? 0 : 1; i < body.Count; i++)
                inner.Stmt(body[i]);
            inner.ReturnNone();
        });
        for (int i = 0; i < decorators.Count; i++)
        {
            _asm.Emit(Opcode.Precall, 0);
            _asm.Emit(Opcode.Call, 0);
        }
        StoreName(name);
    }

    /// <summary>
    /// class C(bases): the body compiled as a function run by __build_class__ in a fresh namespace
    /// (Python/compile.c: compiler_class).
    /// </summary>
    private void ClassDef(ClassDef c)
    {
        foreach (var d in c.DecoratorList)
            Expression(d);
        string qualname = QualnameOf(c.Name);
        var inner = new CodeGenerator(_symbols, _symbols.ScopeFor(c), _filename, qualname) { _privateClass = c.Name };
        inner.Prologue(c);
        inner._asm.SetPosition(c.Lineno, c.Lineno, -1, -1);
        inner.LoadName("__name__");
        inner.StoreName("__module__");
        inner._asm.Emit(Opcode.LoadConst, inner.ConstOf(qualname));
        inner.StoreName("__qualname__");
        if (HasAnnotations(c.Body))
            inner._asm.Emit(Opcode.SetupAnnotations);
        int first = 0;
        if (Docstring(c.Body) is { } doc)
        {
            inner._asm.Emit(Opcode.LoadConst, inner.ConstOf(doc));
            inner.StoreName("__doc__");
            first = 1;
        }
        for (int i = first; i < c.Body.Count; i++)
            inner.Stmt(c.Body[i]);
        inner._asm.SetPosition(c.Lineno, c.Lineno, -1, -1);
        if (inner._cellvars.Length > 0)
        {
            // Hand the __class__ cell to __build_class__, which fills it with the new class.
            inner._asm.Emit(Opcode.LoadClosure, 0);
            inner._asm.Emit(Opcode.Copy, 1);
            inner.StoreName("__classcell__");
            inner._asm.Emit(Opcode.ReturnValue);
        }
        else
        {
            inner.ReturnNone();
        }
        var code = inner.Finish(c.Name, 0, 0, 0, CodeFlags.None, c.Lineno);

        At(c);
        _asm.Emit(Opcode.PushNull);
        _asm.Emit(Opcode.LoadBuildClass);
        int closure = LoadClosure(code);
        _asm.Emit(Opcode.LoadConst, CodeConst(code));
        _asm.Emit(Opcode.MakeFunction, closure);
        _asm.Emit(Opcode.LoadConst, ConstOf(c.Name));
        foreach (var b in c.Bases)
            Expression(b);
        var names = new List<PyObject>();
        foreach (var k in c.Keywords)
        {
            if (k.Arg is null)
                throw Unsupported(c, "** in class arguments");
            names.Add(new PyStr(k.Arg));
            Expression(k.Value);
        }
        At(c);
        if (names.Count > 0)
            _asm.Emit(Opcode.KwNames, Const(new PyTuple(names.ToArray()), (typeof(PyTuple), string.Join('\0', names.Select(x => ((PyStr)x).Value)))));
        int n = 2 + c.Bases.Count + names.Count;
        _asm.Emit(Opcode.Precall, n);
        _asm.Emit(Opcode.Call, n);
        for (int i = 0; i < c.DecoratorList.Count; i++)
        {
            _asm.Emit(Opcode.Precall, 0);
            _asm.Emit(Opcode.Call, 0);
        }
        StoreName(c.Name);
    }

    private string QualnameOf(string name) =>
        _scope.Kind == ScopeKind.Module ? name
        : _scope.Kind == ScopeKind.Class ? _qualname + "." + name
        : _qualname + ".<locals>." + name;

    /// <summary>
    /// Pushes a new function: defaults, keyword-only defaults, closure, then MAKE_FUNCTION over the code
    /// that <paramref name="body"/> generates.
    /// </summary>
    private void MakeFunction(LocatedNode node, Arguments args, string qualname, string name, ExprNode? returns, Action<CodeGenerator> body)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults)
                Expression(d);
            At(node);
            _asm.Emit(Opcode.BuildTuple, args.Defaults.Count);
            flags |= 1;
        }
        int kwDefaults = 0;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            if (args.KwDefaults[i] is null)
                continue;
            _asm.Emit(Opcode.LoadConst, ConstOf(Mangle(args.Kwonlyargs[i].ArgName)));
            Expression(args.KwDefaults[i]);
            kwDefaults++;
        }
        if (kwDefaults > 0)
        {
            At(node);
            _asm.Emit(Opcode.BuildMap, kwDefaults);
            flags |= 2;
        }
        // Annotations: a flat tuple of names and values, in parameter order, then "return".
        int annotations = 0;
        void Annotate(string argName, ExprNode? annotation)
        {
            if (annotation is null)
                return;
            _asm.Emit(Opcode.LoadConst, ConstOf(Mangle(argName)));
            Expression(annotation);
            annotations++;
        }
        foreach (var a in args.Args.Concat(args.Posonlyargs))
            Annotate(a.ArgName, a.Annotation);
        if (args.Vararg is { } vararg)
            Annotate(vararg.ArgName, vararg.Annotation);
        foreach (var a in args.Kwonlyargs)
            Annotate(a.ArgName, a.Annotation);
        if (args.Kwarg is { } kwarg)
            Annotate(kwarg.ArgName, kwarg.Annotation);
        Annotate("return", returns);
        if (annotations > 0)
        {
            At(node);
            _asm.Emit(Opcode.BuildTuple, 2 * annotations);
            flags |= 4;
        }
        var inner = new CodeGenerator(_symbols, _symbols.ScopeFor(node), _filename, qualname) { _privateClass = _privateClass };
        inner.Prologue(node);
        body(inner);
        var codeFlags = CodeFlags.Optimized | CodeFlags.NewLocals;
        if (inner._scope.IsCoroutine)
            codeFlags |= inner._scope.IsGenerator ? CodeFlags.AsyncGenerator : CodeFlags.Coroutine;
        else if (inner._scope.IsGenerator)
            codeFlags |= CodeFlags.Generator;
        if (args.Vararg is not null)
            codeFlags |= CodeFlags.VarArgs;
        if (args.Kwarg is not null)
            codeFlags |= CodeFlags.VarKeywords;
        if (_scope.Kind != ScopeKind.Module)
            codeFlags |= CodeFlags.Nested;
        var code = inner.Finish(name, args.Posonlyargs.Count + args.Args.Count, args.Posonlyargs.Count, args.Kwonlyargs.Count, codeFlags, node.Lineno);
        At(node);
        flags |= LoadClosure(code);
        _asm.Emit(Opcode.LoadConst, CodeConst(code));
        _asm.Emit(Opcode.MakeFunction, flags);
    }

    private int InnermostLoop()
    {
        for (int i = _blocks.Count - 1; i >= 0; i--)
        {
            if (_blocks[i].Kind is BlockKind.ForLoop or BlockKind.WhileLoop)
                return i;
        }
        throw new InvalidOperationException("break/continue outside a loop passed the checks");
    }

    /// <summary>
    /// Leaves the blocks from index <paramref name="downTo"/> up, innermost first: restores handled
    /// exceptions, runs finally bodies, drops for-loop iterators (under the value being returned, if any).
    /// Leaving a block also leaves its exception handler, so each one left pushes the handler outside it;
    /// returns how many were pushed, for the caller to pop once it has emitted its jump.
    /// </summary>
    private int Unwind(int downTo, bool preserveTop)
    {
        int pushed = 0;
        for (int i = _blocks.Count - 1; i >= downTo; i--)
        {
            var block = _blocks[i];
            if (block.Kind is BlockKind.With or BlockKind.AsyncWith or BlockKind.HandlerBody or BlockKind.Finally or BlockKind.FinallyEnd)
            {
                _asm.PushHandler(block.OuterHandler);
                pushed++;
            }
            switch (block.Kind)
            {
                case BlockKind.ForLoop:
                case BlockKind.PopValue:
                    if (preserveTop)
                        _asm.Emit(Opcode.Swap, 2);
                    _asm.Emit(Opcode.PopTop);
                    break;
                case BlockKind.With:
                case BlockKind.AsyncWith:
                    if (preserveTop)
                        _asm.Emit(Opcode.Swap, 2);
                    CallExitWithNones(block.Kind == BlockKind.AsyncWith);
                    break;
                case BlockKind.HandlerBody:
                    if (preserveTop)
                        _asm.Emit(Opcode.Swap, 2);
                    _asm.Emit(Opcode.PopExcept);
                    if (block.ExceptionName is { } name)
                        ClearExceptionName(name);
                    break;
                case BlockKind.FinallyEnd:
                    // Drop the exception, then restore the one it replaced.
                    if (preserveTop)
                        _asm.Emit(Opcode.Swap, 2);
                    _asm.Emit(Opcode.PopTop);
                    if (preserveTop)
                        _asm.Emit(Opcode.Swap, 2);
                    _asm.Emit(Opcode.PopExcept);
                    break;
                case BlockKind.Finally:
                {
                    // The finally body runs outside this try (and outside its own block); a break or
                    // continue in it must drop the pending return value.
                    var saved = _blocks.GetRange(i, _blocks.Count - i);
                    _blocks.RemoveRange(i, _blocks.Count - i);
                    if (preserveTop)
                    {
                        _blocks.Add(new Block(BlockKind.PopValue));
                        _depth++;
                    }
                    foreach (var s in block.FinalBody!)
                        Stmt(s);
                    if (preserveTop)
                    {
                        _depth--;
                        _blocks.RemoveAt(_blocks.Count - 1);
                    }
                    _blocks.AddRange(saved);
                    break;
                }
            }
        }
        return pushed;
    }

    private void PopHandlers(int count)
    {
        for (int i = 0; i < count; i++)
            _asm.PopHandler();
    }

    private void CallExitWithNones(bool isAsync)
    {
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        _asm.Emit(Opcode.Precall, 2);
        _asm.Emit(Opcode.Call, 2);
        if (isAsync)
        {
            _asm.Emit(Opcode.GetAwaitable, 2);
            SendLoop(resumeKind: 3);
        }
        _asm.Emit(Opcode.PopTop);
    }

    /// <summary>
    /// with: BEFORE_WITH leaves __exit__ under the __enter__ result; leaving normally calls
    /// __exit__(None, None, None); an exception calls it with the exception and re-raises unless it
    /// returns true (Python/compile.c: compiler_with).
    /// </summary>
    private void With(List<WithItem> items, int index, List<StmtNode> body, bool isAsync)
    {
        var item = items[index];
        var handler = new Label();
        var cleanup = new Label();
        var end = new Label();
        var outer = _asm.Current;
        Expression(item.ContextExpr);
        if (isAsync)
        {
            _asm.Emit(Opcode.BeforeAsyncWith);
            _asm.Emit(Opcode.GetAwaitable, 1);
            SendLoop(resumeKind: 3);
        }
        else
        {
            _asm.Emit(Opcode.BeforeWith);
        }
        _depth++;
        _asm.PushHandler(new Assembler.Handler(handler, _depth, true));
        _blocks.Add(new Block(isAsync ? BlockKind.AsyncWith : BlockKind.With, OuterHandler: outer));
        if (item.OptionalVars is null)
            _asm.Emit(Opcode.PopTop);
        else
            Store(item.OptionalVars);
        if (index + 1 < items.Count)
        {
            With(items, index + 1, body, isAsync);
        }
        else
        {
            foreach (var s in body)
                Stmt(s);
        }
        _blocks.RemoveAt(_blocks.Count - 1);
        _asm.PopHandler();
        _depth--;
        CallExitWithNones(isAsync);
        _asm.EmitJump(Opcode.JumpForward, end);

        _asm.Bind(handler);
        // Below the exception: __exit__, the offset, the previous exception.
        _asm.PushHandler(new Assembler.Handler(cleanup, _depth + 3, true));
        _asm.Emit(Opcode.PushExcInfo);
        _asm.Emit(Opcode.WithExceptStart);
        if (isAsync)
        {
            _asm.Emit(Opcode.GetAwaitable, 2);
            SendLoop(resumeKind: 3);
        }
        var suppress = new Label();
        _asm.EmitJump(Opcode.PopJumpForwardIfTrue, suppress);
        _asm.Emit(Opcode.Reraise, 2);
        _asm.Bind(suppress);
        _asm.Emit(Opcode.PopTop);
        _asm.Emit(Opcode.PopExcept);
        _asm.Emit(Opcode.PopTop);
        _asm.Emit(Opcode.PopTop);
        _asm.PopHandler();
        _asm.EmitJump(Opcode.JumpForward, end);
        ExceptionCleanup(cleanup, outer);
        _asm.Bind(end);
    }

    private void ClearExceptionName(string name)
    {
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        StoreName(name);
        DeleteName(name);
    }

    private void Delete(ExprNode target)
    {
        At(target);
        switch (target)
        {
            case Name n:
                DeleteName(n.Id);
                break;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                At(s);
                _asm.Emit(Opcode.DeleteSubscr);
                break;
            case Ast.Attribute a:
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.DeleteAttr, AttributeName(a.Attr));
                break;
            case Ast.Tuple or List:
                foreach (var e in target is Ast.Tuple t ? t.Elts : ((List)target).Elts)
                    Delete(e);
                break;
            default:
                throw Unsupported(target, "del of " + target.GetType().Name);
        }
    }

    /// <summary>The body of a try under a handler that jumps to <paramref name="dispatch"/>, then the else
    /// part and a jump past the handlers. Returns the handler that was in force before.</summary>
    private Assembler.Handler? TryBody(List<StmtNode> body, List<StmtNode> orelse, Label dispatch, Label end)
    {
        var outer = _asm.Current;
        _asm.Emit(Opcode.Nop);
        _asm.PushHandler(new Assembler.Handler(dispatch, _depth, false));
        foreach (var s in body)
            Stmt(s);
        _asm.PopHandler();
        foreach (var s in orelse)
            Stmt(s);
        _asm.EmitJump(Opcode.JumpForward, end);
        return outer;
    }

    /// <summary>What runs when a handler itself raises: the exception handled before is restored
    /// (it waits three below the top) and the new one goes on.</summary>
    private void ExceptionCleanup(Label cleanup, Assembler.Handler? outer)
    {
        _asm.Bind(cleanup);
        _asm.PushHandler(outer);
        _asm.Emit(Opcode.Copy, 3);
        _asm.Emit(Opcode.PopExcept);
        _asm.Emit(Opcode.Reraise, 1);
        _asm.PopHandler();
    }

    /// <summary>
    /// try/except/else in CPython 3.11's shape: the body under a handler that pushes the exception and
    /// tests each clause; a cleanup handler restores the previous exception if a clause raises.
    /// </summary>
    private void TryExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var dispatch = new Label();
        var cleanup = new Label();
        var end = new Label();
        var outer = TryBody(body, orelse, dispatch, end);

        _asm.Bind(dispatch);
        _asm.PushHandler(new Assembler.Handler(cleanup, _depth + 1, true));
        _asm.Emit(Opcode.PushExcInfo);
        foreach (ExceptHandler h in handlers)
        {
            At(h);
            var next = new Label();
            if (h.Type is not null)
            {
                Expression(h.Type);
                At(h);
                _asm.Emit(Opcode.CheckExcMatch);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, next);
            }
            _depth++;
            if (h.Name is null)
            {
                _asm.Emit(Opcode.PopTop);
                _blocks.Add(new Block(BlockKind.HandlerBody, OuterHandler: outer));
                foreach (var s in h.Body)
                    Stmt(s);
                _blocks.RemoveAt(_blocks.Count - 1);
                _asm.Emit(Opcode.PopExcept);
                _asm.EmitJump(Opcode.JumpForward, end);
            }
            else
            {
                // "except E as e": e is cleared when the clause ends, however it ends.
                StoreName(h.Name);
                var nameCleanup = new Label();
                _asm.PushHandler(new Assembler.Handler(nameCleanup, _depth, true));
                _blocks.Add(new Block(BlockKind.HandlerBody, ExceptionName: h.Name, OuterHandler: outer));
                foreach (var s in h.Body)
                    Stmt(s);
                _blocks.RemoveAt(_blocks.Count - 1);
                _asm.PopHandler();
                _asm.Emit(Opcode.PopExcept);
                ClearExceptionName(h.Name);
                _asm.EmitJump(Opcode.JumpForward, end);
                _asm.Bind(nameCleanup);
                ClearExceptionName(h.Name);
                _asm.Emit(Opcode.Reraise, 1);
            }
            _depth--;
            _asm.Bind(next);
        }
        _asm.Emit(Opcode.Reraise, 0);
        _asm.PopHandler();

        ExceptionCleanup(cleanup, outer);
        _asm.Bind(end);
    }

    /// <summary>
    /// try/except* in CPython 3.11's shape: each clause splits what is left of the exception group
    /// (CHECK_EG_MATCH); what the clauses raise and what none matched are collected in a list, and
    /// PREP_RERAISE_STAR makes the exception (if any) that leaves the statement.
    /// </summary>
    private void TryExceptStar(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var dispatch = new Label();
        var cleanup = new Label();
        var end = new Label();
        var reraise = new Label();
        var outer = TryBody(body, orelse, dispatch, end);

        // Stack: previous exception, original group, results list, what is left to match.
        _asm.Bind(dispatch);
        _asm.PushHandler(new Assembler.Handler(cleanup, _depth + 1, true));
        _asm.Emit(Opcode.PushExcInfo);
        _asm.Emit(Opcode.Copy, 1);
        _asm.Emit(Opcode.BuildList, 0);
        _asm.Emit(Opcode.Swap, 2);
        foreach (ExceptHandler h in handlers)
        {
            At(h);
            var noMatch = new Label();
            var next = new Label();
            var raised = new Label();
            Expression(h.Type!);
            At(h);
            _asm.Emit(Opcode.CheckEgMatch);
            _asm.Emit(Opcode.Copy, 1);
            _asm.EmitJump(Opcode.PopJumpForwardIfNone, noMatch);
            if (h.Name is null)
                _asm.Emit(Opcode.PopTop);
            else
                StoreName(h.Name);
            _depth += 4;
            _asm.PushHandler(new Assembler.Handler(raised, _depth, true));
            _blocks.Add(new Block(BlockKind.HandlerBody, ExceptionName: h.Name, OuterHandler: outer));
            foreach (var s in h.Body)
                Stmt(s);
            _blocks.RemoveAt(_blocks.Count - 1);
            _asm.PopHandler();
            if (h.Name is not null)
                ClearExceptionName(h.Name);
            _asm.EmitJump(Opcode.JumpForward, next);
            // A clause that raises adds what it raised to the results.
            _asm.Bind(raised);
            if (h.Name is not null)
                ClearExceptionName(h.Name);
            _asm.Emit(Opcode.ListAppend, 3);
            _asm.Emit(Opcode.PopTop);
            _asm.EmitJump(Opcode.JumpForward, next);
            _depth -= 4;
            _asm.Bind(noMatch);
            _asm.Emit(Opcode.PopTop);
            _asm.Bind(next);
        }
        _asm.Emit(Opcode.ListAppend, 1);
        _asm.Emit(Opcode.PrepReraiseStar);
        _asm.Emit(Opcode.Copy, 1);
        _asm.EmitJump(Opcode.PopJumpForwardIfNotNone, reraise);
        _asm.Emit(Opcode.PopTop);
        _asm.Emit(Opcode.PopExcept);
        _asm.EmitJump(Opcode.JumpForward, end);
        _asm.Bind(reraise);
        _asm.Emit(Opcode.Swap, 2);
        _asm.Emit(Opcode.PopExcept);
        _asm.Emit(Opcode.Reraise, 0);
        _asm.PopHandler();

        ExceptionCleanup(cleanup, outer);
        _asm.Bind(end);
    }

    /// <summary>try/finally: the finally body once on the normal path, once under a handler that re-raises.</summary>
    private void TryFinally(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, bool star)
    {
        var exceptional = new Label();
        var cleanup = new Label();
        var end = new Label();
        var outer = _asm.Current;
        _asm.Emit(Opcode.Nop);
        _asm.PushHandler(new Assembler.Handler(exceptional, _depth, false));
        _blocks.Add(new Block(BlockKind.Finally, FinalBody: finalbody, OuterHandler: outer));
        if (handlers.Count > 0 && star)
        {
            TryExceptStar(body, handlers, orelse);
        }
        else if (handlers.Count > 0)
        {
            TryExcept(body, handlers, orelse);
        }
        else
        {
            foreach (var s in body)
                Stmt(s);
        }
        _blocks.RemoveAt(_blocks.Count - 1);
        _asm.PopHandler();
        foreach (var s in finalbody)
            Stmt(s);
        _asm.EmitJump(Opcode.JumpForward, end);

        _asm.Bind(exceptional);
        _asm.PushHandler(new Assembler.Handler(cleanup, _depth + 1, true));
        _asm.Emit(Opcode.PushExcInfo);
        _depth += 2;
        _blocks.Add(new Block(BlockKind.FinallyEnd, OuterHandler: outer));
        foreach (var s in finalbody)
            Stmt(s);
        _blocks.RemoveAt(_blocks.Count - 1);
        _depth -= 2;
        _asm.Emit(Opcode.Reraise, 0);
        _asm.PopHandler();

        ExceptionCleanup(cleanup, outer);
        _asm.Bind(end);
    }
}
