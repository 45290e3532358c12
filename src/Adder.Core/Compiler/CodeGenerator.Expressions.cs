using Adder.Bytecode;
using Adder.Parser.Ast;
using Adder.Runtime;
using Ast = Adder.Parser.Ast;

namespace Adder.Compiler;

public sealed partial class CodeGenerator
{
    private static int OperatorIndex(Operator op) => op switch
    {
        Operator.Add => (int)BinaryOperator.Add,
        Operator.Sub => (int)BinaryOperator.Subtract,
        Operator.Mult => (int)BinaryOperator.Multiply,
        Operator.MatMult => (int)BinaryOperator.MatrixMultiply,
        Operator.Div => (int)BinaryOperator.TrueDivide,
        Operator.Mod => (int)BinaryOperator.Remainder,
        Operator.Pow => (int)BinaryOperator.Power,
        Operator.LShift => (int)BinaryOperator.LShift,
        Operator.RShift => (int)BinaryOperator.RShift,
        Operator.BitOr => (int)BinaryOperator.Or,
        Operator.BitXor => (int)BinaryOperator.Xor,
        Operator.BitAnd => (int)BinaryOperator.And,
        _ => (int)BinaryOperator.FloorDivide,
    };

    private void Expression(ExprNode e)
    {
        At(e);
        if (e is BinOp or UnaryOp or Parser.Ast.Tuple or Subscript or Name { Id: "__debug__" } && ConstantFolder.Fold(e) is { } folded)
        {
            _asm.Emit(Opcode.LoadConst, ConstOf(folded));
            return;
        }
        switch (e)
        {
            case Constant c:
                _asm.Emit(Opcode.LoadConst, ConstOf(c.Value));
                break;
            case Name n:
                LoadName(n.Id);
                break;
            case BinOp b:
                Expression(b.Left);
                Expression(b.Right);
                At(b);
                _asm.Emit(Opcode.BinaryOp, OperatorIndex(b.Op));
                break;
            case UnaryOp u:
                Expression(u.Operand);
                At(u);
                _asm.Emit(u.Op switch
                {
                    UnaryOperator.Not => Opcode.UnaryNot,
                    UnaryOperator.USub => Opcode.UnaryNegative,
                    UnaryOperator.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryInvert,
                });
                break;
            case Compare c:
                Compare(c);
                break;
            case BoolOp b:
            {
                var end = new Label();
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    Expression(b.Values[i]);
                    At(b);
                    _asm.EmitJump(b.Op == BoolOperator.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop, end);
                }
                Expression(b.Values[^1]);
                _asm.Bind(end);
                break;
            }
            case IfExp i:
            {
                var orelse = new Label();
                var end = new Label();
                Jump(i.Test, orelse, jumpIf: false);
                Expression(i.Body);
                _asm.EmitJump(Opcode.JumpForward, end);
                _asm.Bind(orelse);
                Expression(i.Orelse);
                _asm.Bind(end);
                break;
            }
            case Call c:
                Call(c);
                break;
            case Ast.Tuple t:
                Display(t.Elts, t, Opcode.BuildTuple);
                break;
            case List l:
                Display(l.Elts, l, Opcode.BuildList);
                break;
            case Dict d:
                DictDisplay(d);
                break;
            case Ast.Slice sl:
                Slice(sl);
                break;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                At(s);
                _asm.Emit(Opcode.BinarySubscr);
                break;
            case Ast.Attribute a:
                Expression(a.Value);
                At(a);
                _asm.Emit(Opcode.LoadAttr, AttributeName(a.Attr));
                break;
            case JoinedStr j:
                foreach (var v in j.Values)
                    Expression(v);
                At(j);
                if (j.Values.Count != 1)
                    _asm.Emit(Opcode.BuildString, j.Values.Count);
                break;
            case FormattedValue f:
            {
                Expression(f.Value);
                int oparg = f.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (f.FormatSpec is not null)
                {
                    Expression(f.FormatSpec);
                    oparg |= 4;
                }
                At(f);
                _asm.Emit(Opcode.FormatValue, oparg);
                break;
            }
            case ListComp lc:
                Comprehension(lc, lc.Generators, lc.Elt);
                break;
            case GeneratorExp ge:
                Comprehension(ge, ge.Generators, ge.Elt);
                break;
            case SetComp sc:
                Comprehension(sc, sc.Generators, sc.Elt);
                break;
            case DictComp dc:
                Comprehension(dc, dc.Generators, dc.Key, dc.Value);
                break;
            case Set set:
                Display(set.Elts, set, Opcode.BuildSet);
                break;
            case NamedExpr ne:
                Expression(ne.Value);
                _asm.Emit(Opcode.Copy, 1);
                StoreName(((Name)ne.Target).Id);
                break;
            case Yield y:
                if (y.Value is null)
                    _asm.Emit(Opcode.LoadConst, ConstOf(null));
                else
                    Expression(y.Value);
                At(y);
                if (_scope.IsCoroutine)
                    _asm.Emit(Opcode.AsyncGenWrap);
                _asm.Emit(Opcode.YieldValue);
                _asm.Emit(Opcode.Resume, 1);
                break;
            case Await aw:
            {
                Expression(aw.Value);
                At(aw);
                _asm.Emit(Opcode.GetAwaitable, 0);
                SendLoop(resumeKind: 3);
                break;
            }
            case YieldFrom yf:
            {
                Expression(yf.Value);
                At(yf);
                _asm.Emit(Opcode.GetYieldFromIter);
                SendLoop(resumeKind: 2);
                break;
            }
            case Lambda l:
                MakeFunction(l, l.Args, QualnameOf("<lambda>"), "<lambda>", null, inner =>
                {
                    inner.ConstOf(null);
                    inner.Expression(l.Body);
                    inner._asm.Emit(Opcode.ReturnValue);
                });
                break;
            default:
                throw Unsupported(e, e.GetType().Name + " expressions");
        }
    }

    /// <summary>
    /// The delegation loop of "yield from" and "await": SEND values into the iterator on the stack and
    /// yield what it yields until it returns (RESUME's argument says which of the two this is).
    /// </summary>
    private void SendLoop(int resumeKind)
    {
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        var send = new Label();
        var exit = new Label();
        _asm.Bind(send);
        _asm.EmitJump(Opcode.Send, exit);
        _asm.Emit(Opcode.YieldValue);
        _asm.Emit(Opcode.Resume, resumeKind);
        _asm.EmitJump(Opcode.JumpBackwardNoInterrupt, send);
        _asm.Bind(exit);
    }

    /// <summary>a:b:c as BUILD_SLICE (3.11 has no BINARY_SLICE).</summary>
    private void Slice(Ast.Slice s)
    {
        if (s.Lower is null)
            _asm.Emit(Opcode.LoadConst, ConstOf(null));
        else
            Expression(s.Lower);
        if (s.Upper is null)
            _asm.Emit(Opcode.LoadConst, ConstOf(null));
        else
            Expression(s.Upper);
        if (s.Step is not null)
            Expression(s.Step);
        At(s);
        _asm.Emit(Opcode.BuildSlice, s.Step is null ? 2 : 3);
    }

    /// <summary>
    /// A tuple, list or set display. With a starred element, the elements before it build a list (or
    /// set) that the rest extend or join one by one; a tuple is converted at the end (compiler.c: starunpack_helper).
    /// </summary>
    private void Display(List<ExprNode> elts, LocatedNode owner, Opcode build)
    {
        if (build == Opcode.BuildSet)
            StarUnpack(elts, owner, Opcode.BuildSet, Opcode.SetAdd, Opcode.SetUpdate, toTuple: false);
        else if (build == Opcode.BuildTuple)
            StarUnpack(elts, owner, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, toTuple: true);
        else
            StarUnpack(elts, owner, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, toTuple: false);
    }

    /// <summary>
    /// Elements, some maybe *starred, into a list, set or tuple (Python/compile.c: starunpack_helper): without
    /// a star, one BUILD; with one, the elements before it build the collection and the rest are added.
    /// </summary>
    private void StarUnpack(List<ExprNode> elts, LocatedNode owner, Opcode build, Opcode add, Opcode extend, bool toTuple)
    {
        // Three or more constants (after folding): one constant tuple (or frozenset) added to an empty collection.
        if (elts.Count > 2 && ConstantFolder.Tuple(elts) is { } constants)
        {
            At(owner);
            if (toTuple)
            {
                _asm.Emit(Opcode.LoadConst, ConstOf(constants));
                return;
            }
            _asm.Emit(build, 0);
            _asm.Emit(Opcode.LoadConst, ConstOf(build == Opcode.BuildSet ? PySet.Constant(constants.Items) : constants));
            _asm.Emit(extend, 1);
            return;
        }
        if (!elts.Exists(e => e is Starred))
        {
            foreach (var e in elts)
                Expression(e);
            At(owner);
            _asm.Emit(toTuple ? Opcode.BuildTuple : build, elts.Count);
            return;
        }
        bool built = false;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred s)
            {
                if (!built)
                {
                    At(owner);
                    _asm.Emit(build, i);
                    built = true;
                }
                Expression(s.Value);
                At(owner);
                _asm.Emit(extend, 1);
            }
            else
            {
                Expression(elts[i]);
                if (built)
                {
                    At(owner);
                    _asm.Emit(add, 1);
                }
            }
        }
        if (toTuple)
            _asm.Emit(Opcode.ListToTuple);
    }

    /// <summary>A dict display: runs of key: value pairs build maps that **-unpacked mappings update in order.</summary>
    private void DictDisplay(Dict d)
    {
        bool haveDict = false;
        int runStart = 0;
        for (int i = 0; i <= d.Keys.Count; i++)
        {
            if (i < d.Keys.Count && d.Keys[i] is not null)
                continue;
            if (i > runStart || (!haveDict && i == d.Keys.Count))
            {
                for (int j = runStart; j < i; j++)
                {
                    Expression(d.Keys[j]!);
                    Expression(d.Values[j]);
                }
                At(d);
                _asm.Emit(Opcode.BuildMap, i - runStart);
                if (haveDict)
                    _asm.Emit(Opcode.DictUpdate, 1);
                haveDict = true;
            }
            if (i == d.Keys.Count)
                break;
            if (!haveDict)
            {
                At(d);
                _asm.Emit(Opcode.BuildMap, 0);
                haveDict = true;
            }
            Expression(d.Values[i]);
            At(d);
            _asm.Emit(Opcode.DictUpdate, 1);
            runStart = i + 1;
        }
    }

    private void Compare(Compare c)
    {
        Expression(c.Left);
        if (c.Ops.Count == 1)
        {
            if (c.Ops[0] is CmpOperator.In or CmpOperator.NotIn)
                Iterable(c.Comparators[0]);
            else
                Expression(c.Comparators[0]);
            At(c);
            EmitCompare(c.Ops[0]);
            return;
        }
        // a < b < c: each middle operand is kept for the next comparison; stop at the first false.
        var cleanup = new Label();
        var end = new Label();
        ComparisonChain(c, Opcode.JumpIfFalseOrPop, cleanup);
        _asm.EmitJump(Opcode.JumpForward, end);
        _asm.Bind(cleanup);
        _asm.Emit(Opcode.Swap, 2);
        _asm.Emit(Opcode.PopTop);
        _asm.Bind(end);
    }

    /// <summary>The comparisons of a chain (its left operand on the stack): each link but the last keeps its
    /// right operand for the next and leaves by <paramref name="linkJump"/> to <paramref name="cleanup"/> when
    /// false; the last one's result stays on the stack.</summary>
    private void ComparisonChain(Compare c, Opcode linkJump, Label cleanup)
    {
        for (int i = 0; i < c.Ops.Count - 1; i++)
        {
            Expression(c.Comparators[i]);
            At(c);
            _asm.Emit(Opcode.Swap, 2);
            _asm.Emit(Opcode.Copy, 2);
            EmitCompare(c.Ops[i]);
            _asm.EmitJump(linkJump, cleanup);
        }
        Expression(c.Comparators[^1]);
        At(c);
        EmitCompare(c.Ops[^1]);
    }

    /// <summary>What "in" and "for" go over: a list or set display of constants is a constant tuple or
    /// frozenset (nothing can change it, so nothing needs a new one).</summary>
    private void Iterable(ExprNode e)
    {
        var items = e switch
        {
            List l => l.Elts,
            Set set => set.Elts,
            _ => null,
        };
        if (items is not null && ConstantFolder.Tuple(items) is { } constants)
        {
            At(e);
            _asm.Emit(Opcode.LoadConst, ConstOf(e is Set ? PySet.Constant(constants.Items) : constants));
            return;
        }
        Expression(e);
    }

    private void EmitCompare(CmpOperator op)
    {
        switch (op)
        {
            case CmpOperator.Is: _asm.Emit(Opcode.IsOp, 0); break;
            case CmpOperator.IsNot: _asm.Emit(Opcode.IsOp, 1); break;
            case CmpOperator.In: _asm.Emit(Opcode.ContainsOp, 0); break;
            case CmpOperator.NotIn: _asm.Emit(Opcode.ContainsOp, 1); break;
            default:
                _asm.Emit(Opcode.CompareOp, op switch
                {
                    CmpOperator.Lt => (int)CompareOp.Lt,
                    CmpOperator.LtE => (int)CompareOp.Le,
                    CmpOperator.Eq => (int)CompareOp.Eq,
                    CmpOperator.NotEq => (int)CompareOp.Ne,
                    CmpOperator.Gt => (int)CompareOp.Gt,
                    _ => (int)CompareOp.Ge,
                });
                break;
        }
    }

    /// <summary>
    /// Evaluates <paramref name="test"/> and jumps to <paramref name="target"/> when its truth is
    /// <paramref name="jumpIf"/>, as CPython 3.11 compiles a condition (compile.c: compiler_jump_if, and the
    /// optimizer's None tests): <c>not</c> flips the jump, <c>and</c>/<c>or</c> and <c>x if c else y</c>
    /// become jumps between their operands, a chained comparison stops at its first false link, and
    /// <c>x is None</c> / <c>x is not None</c> is one POP_JUMP_IF_(NOT_)NONE. No value is built for the test.
    /// </summary>
    private void Jump(ExprNode test, Label target, bool jumpIf)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not } not:
                Jump(not.Operand, target, !jumpIf);
                return;
            case BoolOp b:
            {
                // Operands but the last decide early only when they settle the whole (false for and, true
                // for or); if that outcome is not the one jumped on, they jump past the last test instead.
                bool isOr = b.Op == BoolOperator.Or;
                var decided = isOr == jumpIf ? target : new Label();
                for (int i = 0; i < b.Values.Count - 1; i++)
                    Jump(b.Values[i], decided, isOr);
                Jump(b.Values[^1], target, jumpIf);
                if (decided != target)
                    _asm.Bind(decided);
                return;
            }
            case IfExp e:
            {
                var orelse = new Label();
                var end = new Label();
                Jump(e.Test, orelse, jumpIf: false);
                Jump(e.Body, target, jumpIf);
                _asm.EmitJump(Opcode.JumpForward, end);
                _asm.Bind(orelse);
                Jump(e.Orelse, target, jumpIf);
                _asm.Bind(end);
                return;
            }
            case Compare { Ops: [CmpOperator.Is or CmpOperator.IsNot], Comparators: [Constant { Value: null }] } c:
                Expression(c.Left);
                At(c);
                _asm.EmitJump((c.Ops[0] == CmpOperator.Is) == jumpIf ? Opcode.PopJumpForwardIfNone : Opcode.PopJumpForwardIfNotNone, target);
                return;
            case Compare { Ops.Count: > 1 } c:
            {
                var cleanup = new Label();
                var end = new Label();
                Expression(c.Left);
                ComparisonChain(c, Opcode.PopJumpForwardIfFalse, cleanup);
                _asm.EmitJump(jumpIf ? Opcode.PopJumpForwardIfTrue : Opcode.PopJumpForwardIfFalse, target);
                _asm.EmitJump(Opcode.JumpForward, end);
                _asm.Bind(cleanup);
                _asm.Emit(Opcode.PopTop);
                if (!jumpIf)
                    _asm.EmitJump(Opcode.JumpForward, target);
                _asm.Bind(end);
                return;
            }
        }
        Expression(test);
        At(test);
        _asm.EmitJump(jumpIf ? Opcode.PopJumpForwardIfTrue : Opcode.PopJumpForwardIfFalse, target);
    }

    private void Call(Call c)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null))
        {
            CallEx(c);
            return;
        }
        // compile.c: maybe_optimize_method_call, for calls that keep the stack under its usage guideline.
        bool method = c.Func is Ast.Attribute && c.Args.Count + c.Keywords.Count + (c.Keywords.Count > 0 ? 1 : 0) < 30;
        if (method)
        {
            var a = (Ast.Attribute)c.Func;
            Expression(a.Value);
            At(a);
            _asm.Emit(Opcode.LoadMethod, AttributeName(a.Attr));
        }
        else if (c.Func is Name n && NameAccess(n.Id) == Access.Global)
        {
            At(n);
            _asm.Emit(Opcode.LoadGlobal, (Name(n.Id) << 1) | 1);
        }
        else
        {
            _asm.Emit(Opcode.PushNull);
            Expression(c.Func);
        }
        foreach (var a in c.Args)
            Expression(a);
        At(c);
        if (c.Keywords.Count > 0)
        {
            var names = new PyObject[c.Keywords.Count];
            for (int i = 0; i < c.Keywords.Count; i++)
            {
                if (c.Keywords[i].Arg is not string arg)
                    throw Unsupported(c, "** in calls");
                names[i] = new PyStr(arg);
                Expression(c.Keywords[i].Value);
            }
            At(c);
            _asm.Emit(Opcode.KwNames, Const(new PyTuple(names), (typeof(PyTuple), string.Join('\0', names.Select(x => ((PyStr)x).Value)))));
        }
        At(c);
        int n2 = c.Args.Count + c.Keywords.Count;
        _asm.Emit(Opcode.Precall, n2);
        _asm.Emit(Opcode.Call, n2);
    }

    /// <summary>
    /// f(*args, **kwargs) (Python/compile.c: compiler_call_helper's ex_call): a lone *x is passed as it is;
    /// otherwise the positional arguments become a tuple; the keywords a dict built from runs of named
    /// arguments and merged ** mappings.
    /// </summary>
    private void CallEx(Call c)
    {
        _asm.Emit(Opcode.PushNull);
        Expression(c.Func);
        if (c.Args is [Starred only])
            Expression(only.Value);
        else
            StarUnpack(c.Args, c, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, toTuple: true);
        bool haveDict = false;
        int seen = 0;
        for (int i = 0; i < c.Keywords.Count; i++)
        {
            if (c.Keywords[i].Arg is not null)
            {
                seen++;
                continue;
            }
            if (seen > 0)
            {
                KeywordRun(c, i - seen, i);
                if (haveDict)
                    _asm.Emit(Opcode.DictMerge, 1);
                haveDict = true;
                seen = 0;
            }
            if (!haveDict)
            {
                _asm.Emit(Opcode.BuildMap, 0);
                haveDict = true;
            }
            Expression(c.Keywords[i].Value);
            At(c);
            _asm.Emit(Opcode.DictMerge, 1);
        }
        if (seen > 0)
        {
            KeywordRun(c, c.Keywords.Count - seen, c.Keywords.Count);
            if (haveDict)
                _asm.Emit(Opcode.DictMerge, 1);
        }
        At(c);
        _asm.Emit(Opcode.CallFunctionEx, c.Keywords.Count > 0 ? 1 : 0);
    }

    /// <summary>Named keyword arguments [begin, end) as one dict (Python/compile.c: compiler_subkwargs).</summary>
    private void KeywordRun(Call c, int begin, int end)
    {
        int n = end - begin;
        if (n > 1)
        {
            var names = new PyObject[n];
            for (int i = begin; i < end; i++)
            {
                Expression(c.Keywords[i].Value);
                names[i - begin] = new PyStr(c.Keywords[i].Arg!);
            }
            At(c);
            _asm.Emit(Opcode.LoadConst, Const(new PyTuple(names), (typeof(PyTuple), "kw\0" + string.Join('\0', c.Keywords.GetRange(begin, n).Select(k => k.Arg)))));
            _asm.Emit(Opcode.BuildConstKeyMap, n);
            return;
        }
        for (int i = begin; i < end; i++)
        {
            _asm.Emit(Opcode.LoadConst, ConstOf(c.Keywords[i].Arg!));
            Expression(c.Keywords[i].Value);
        }
        At(c);
        _asm.Emit(Opcode.BuildMap, n);
    }

    /// <summary>A list comprehension is a nested function called with the outermost iterator.</summary>
    private void Comprehension(ExprNode node, List<Comprehension> generators, ExprNode elt, ExprNode? value = null)
    {
        var scope = _symbols.ScopeFor(node);
        bool isGenerator = node is GeneratorExp;
        string name = node switch { GeneratorExp => "<genexpr>", SetComp => "<setcomp>", DictComp => "<dictcomp>", _ => "<listcomp>" };
        var inner = new CodeGenerator(_symbols, scope, _filename, _qualname == "<module>" ? name : _qualname + ".<locals>." + name) { _privateClass = _privateClass };
        inner.Prologue(node);
        inner._asm.SetPosition(node.Lineno, node.EndLineno, node.ColOffset, node.EndColOffset);
        if (node is ListComp)
            inner._asm.Emit(Opcode.BuildList, 0);
        else if (node is SetComp)
            inner._asm.Emit(Opcode.BuildSet, 0);
        else if (node is DictComp)
            inner._asm.Emit(Opcode.BuildMap, 0);
        inner._asm.Emit(Opcode.LoadFast, 0);
        inner.ComprehensionLoop(generators, 0, elt, node, value);
        if (isGenerator)
            inner._asm.Emit(Opcode.LoadConst, inner.ConstOf(null));
        inner._asm.Emit(Opcode.ReturnValue);
        var flags = CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Nested
            | (scope.IsCoroutine ? (isGenerator ? CodeFlags.AsyncGenerator : CodeFlags.Coroutine) : isGenerator ? CodeFlags.Generator : CodeFlags.None);
        var code = inner.Finish(name, 1, 0, 0, flags, node.Lineno);
        At(node);
        int closure = LoadClosure(code);
        _asm.Emit(Opcode.LoadConst, CodeConst(code));
        _asm.Emit(Opcode.MakeFunction, closure);
        Expression(generators[0].Iter);
        At(node);
        _asm.Emit(generators[0].IsAsync == 1 ? Opcode.GetAiter : Opcode.GetIter);
        _asm.Emit(Opcode.Precall, 0);
        _asm.Emit(Opcode.Call, 0);
        if (scope.IsCoroutine && !isGenerator)
        {
            // An async list/set/dict comprehension is a coroutine: awaited where it stands.
            _asm.Emit(Opcode.GetAwaitable, 0);
            SendLoop(resumeKind: 3);
        }
    }

    private void ComprehensionLoop(List<Comprehension> generators, int index, ExprNode elt, ExprNode node, ExprNode? value)
    {
        var g = generators[index];
        bool isAsync = g.IsAsync == 1;
        var top = new Label();
        var exhausted = new Label();
        if (index > 0)
        {
            Expression(g.Iter);
            At(node);
            _asm.Emit(isAsync ? Opcode.GetAiter : Opcode.GetIter);
        }
        _asm.Bind(top);
        if (isAsync)
        {
            // The result being built (if any) and the iterators of this and the enclosing loops stay on the stack.
            _asm.PushHandler(new Assembler.Handler(exhausted, index + (node is GeneratorExp ? 1 : 2), false));
            _asm.Emit(Opcode.GetAnext);
            SendLoop(resumeKind: 3);
            _asm.PopHandler();
        }
        else
        {
            _asm.EmitJump(Opcode.ForIter, exhausted);
        }
        Store(g.Target);
        foreach (var cond in g.Ifs)
            Jump(cond, top, jumpIf: false);
        if (index + 1 < generators.Count)
        {
            ComprehensionLoop(generators, index + 1, elt, node, value);
        }
        else if (node is GeneratorExp)
        {
            Expression(elt);
            At(node);
            if (_scope.IsCoroutine)
                _asm.Emit(Opcode.AsyncGenWrap);
            _asm.Emit(Opcode.YieldValue);
            _asm.Emit(Opcode.Resume, 1);
            _asm.Emit(Opcode.PopTop);
        }
        else if (node is DictComp)
        {
            Expression(elt);
            Expression(value!);
            At(node);
            _asm.Emit(Opcode.MapAdd, index + 2);
        }
        else
        {
            Expression(elt);
            At(node);
            _asm.Emit(node is SetComp ? Opcode.SetAdd : Opcode.ListAppend, index + 2);
        }
        _asm.EmitJump(Opcode.JumpBackward, top);
        _asm.Bind(exhausted);
        if (isAsync)
            _asm.Emit(Opcode.EndAsyncFor);
    }
}
