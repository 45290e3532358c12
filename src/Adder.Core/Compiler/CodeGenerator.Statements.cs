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
                _asm.Emit(Opcode.PopTop);
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
                if (a.Value is not null)
                {
                    Expression(a.Value);
                    Store(a.Target);
                }
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
                For(f);
                break;
            case Break:
                if (_loops[^1].IsFor)
                    _asm.Emit(Opcode.PopTop);
                _asm.EmitJump(Opcode.JumpForward, _loops[^1].Break);
                break;
            case Continue:
                _asm.EmitJump(Opcode.JumpBackward, _loops[^1].Continue);
                break;
            case Return r:
                if (r.Value is null)
                    _asm.Emit(Opcode.LoadConst, ConstOf(null));
                else
                    Expression(r.Value);
                _asm.Emit(Opcode.ReturnValue);
                break;
            case FunctionDef f:
                FunctionDef(f);
                break;
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
                _asm.Emit(Opcode.RaiseVarargs, r.Exc is null ? 0 : r.Cause is null ? 1 : 2);
                break;
            default:
                throw Unsupported(s, s.GetType().Name + " statements");
        }
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
                foreach (var e in elts)
                {
                    if (e is Starred)
                        throw Unsupported(target, "starred assignment");
                }
                At(target);
                _asm.Emit(Opcode.UnpackSequence, elts.Count);
                foreach (var e in elts)
                    Store(e);
                break;
            }
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                At(s);
                _asm.Emit(Opcode.StoreSubscr);
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

    private void While(While w)
    {
        var top = new Label();
        var orelse = new Label();
        var end = new Label();
        _asm.Bind(top);
        Jump(w.Test, orelse, jumpIf: false);
        _loops.Add((top, end, false));
        foreach (var s in w.Body)
            Stmt(s);
        _loops.RemoveAt(_loops.Count - 1);
        At(w);
        _asm.EmitJump(Opcode.JumpBackward, top);
        _asm.Bind(orelse);
        foreach (var s in w.Orelse)
            Stmt(s);
        _asm.Bind(end);
    }

    private void For(For f)
    {
        var top = new Label();
        var exhausted = new Label();
        var end = new Label();
        Expression(f.Iter);
        At(f);
        _asm.Emit(Opcode.GetIter);
        _asm.Bind(top);
        _asm.EmitJump(Opcode.ForIter, exhausted);
        Store(f.Target);
        _loops.Add((top, end, true));
        foreach (var s in f.Body)
            Stmt(s);
        _loops.RemoveAt(_loops.Count - 1);
        At(f);
        _asm.EmitJump(Opcode.JumpBackward, top);
        _asm.Bind(exhausted);
        foreach (var s in f.Orelse)
            Stmt(s);
        _asm.Bind(end);
    }

    private void FunctionDef(FunctionDef f)
    {
        var args = f.Args;
        if (args.Vararg is not null || args.Kwarg is not null || args.Kwonlyargs.Count > 0 || args.Posonlyargs.Count > 0)
            throw Unsupported(f, "functions with *args, **kwargs or keyword-only/positional-only parameters");
        foreach (var d in f.DecoratorList)
            Expression(d);
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults)
                Expression(d);
            At(f);
            _asm.Emit(Opcode.BuildTuple, args.Defaults.Count);
            flags |= 1;
        }
        string qualname = _scope.Kind == ScopeKind.Module ? f.Name : _qualname + ".<locals>." + f.Name;
        var inner = new CodeGenerator(_symbols, _symbols.ScopeFor(f), _filename, qualname);
        inner._asm.SetPosition(f.Lineno, f.Lineno, -1, -1);
        inner._asm.Emit(Opcode.Resume, 0);
        // A function's docstring is its first constant and is not executed (None stands in for none).
        string? doc = Docstring(f.Body);
        inner.ConstOf(doc);
        for (int i = doc is null ? 0 : 1; i < f.Body.Count; i++)
            inner.Stmt(f.Body[i]);
        inner.ReturnNone();
        var code = inner.Finish(f.Name, args.Args.Count, 0, 0, CodeFlags.Optimized | CodeFlags.NewLocals, f.Lineno);
        At(f);
        _asm.Emit(Opcode.LoadConst, CodeConst(code));
        _asm.Emit(Opcode.MakeFunction, flags);
        for (int i = 0; i < f.DecoratorList.Count; i++)
        {
            _asm.Emit(Opcode.Precall, 0);
            _asm.Emit(Opcode.Call, 0);
        }
        StoreName(f.Name);
    }
}
