using Adder.Bytecode;
using Adder.Parser.Ast;
using Adder.Runtime;

namespace Adder.Compiler;

/// <summary>
/// match statements with CPython 3.11's pattern instructions (MATCH_SEQUENCE, MATCH_MAPPING,
/// MATCH_KEYS, MATCH_CLASS, GET_LEN). A failing check jumps to a "pop k" label that drops the k values
/// the pattern has pushed so far and goes on to the next case (Python/compile.c: fail_pop).
/// </summary>
public sealed partial class CodeGenerator
{
    private List<Label>? _failPop;

    private void Match(Match m)
    {
        Expression(m.Subject);
        var end = new Label();
        foreach (var c in m.Cases)
        {
            At(m);
            _failPop = new List<Label> { new Label() };
            _asm.Emit(Opcode.Copy, 1);
            Pattern(c.Pattern, 1);
            if (c.Guard is not null)
            {
                Expression(c.Guard);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, _failPop[0]);
            }
            _asm.Emit(Opcode.PopTop);
            foreach (var s in c.Body)
                Stmt(s);
            _asm.EmitJump(Opcode.JumpForward, end);
            // Failure landing pads: pop what was pushed, then try the next case.
            for (int k = _failPop.Count - 1; k >= 1; k--)
            {
                _asm.Bind(_failPop[k]);
                _asm.Emit(Opcode.PopTop);
            }
            _asm.Bind(_failPop[0]);
        }
        _asm.Emit(Opcode.PopTop);
        _asm.Bind(end);
        _failPop = null;
    }

    /// <summary>The label that pops <paramref name="k"/> values and fails the case.</summary>
    private Label FailPop(int k)
    {
        while (_failPop!.Count <= k)
            _failPop.Add(new Label());
        return _failPop[k];
    }

    /// <summary>
    /// Matches the value on top of the stack against <paramref name="p"/>, consuming it; on failure
    /// jumps to pop <paramref name="pushed"/> values (the value itself included).
    /// </summary>
    private void Pattern(PatternNode p, int pushed)
    {
        At(p);
        switch (p)
        {
            case MatchValue v:
                Expression(v.Value);
                _asm.Emit(Opcode.CompareOp, (int)CompareOp.Eq);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed - 1));
                break;
            case MatchSingleton s:
                _asm.Emit(Opcode.LoadConst, ConstOf(s.Value));
                _asm.Emit(Opcode.IsOp, 0);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed - 1));
                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    _asm.Emit(Opcode.Copy, 1);
                    Pattern(a.Pattern, pushed + 1);
                }
                if (a.Name is null)
                    _asm.Emit(Opcode.PopTop);
                else
                    StoreName(a.Name);
                break;
            case MatchOr o:
            {
                var success = new Label();
                var saved = _failPop!;
                for (int i = 0; i < o.Patterns.Count; i++)
                {
                    bool last = i == o.Patterns.Count - 1;
                    _failPop = new List<Label> { new Label() };
                    _asm.Emit(Opcode.Copy, 1);
                    Pattern(o.Patterns[i], 1);
                    _asm.Emit(Opcode.PopTop);
                    _asm.EmitJump(Opcode.JumpForward, success);
                    for (int k = _failPop.Count - 1; k >= 1; k--)
                    {
                        _asm.Bind(_failPop[k]);
                        _asm.Emit(Opcode.PopTop);
                    }
                    _asm.Bind(_failPop[0]);
                    if (last)
                    {
                        _failPop = saved;
                        _asm.EmitJump(Opcode.JumpForward, FailPop(pushed));
                    }
                }
                _failPop = saved;
                _asm.Bind(success);
                break;
            }
            case MatchSequence s:
            {
                int star = s.Patterns.FindIndex(x => x is MatchStar);
                int fixedCount = star < 0 ? s.Patterns.Count : s.Patterns.Count - 1;
                _asm.Emit(Opcode.MatchSequence);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed));
                _asm.Emit(Opcode.GetLen);
                _asm.Emit(Opcode.LoadConst, ConstOf((long)fixedCount));
                _asm.Emit(Opcode.CompareOp, (int)(star < 0 ? CompareOp.Eq : CompareOp.Ge));
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed));
                if (star < 0)
                    _asm.Emit(Opcode.UnpackSequence, s.Patterns.Count);
                else
                    _asm.Emit(Opcode.UnpackEx, star | ((s.Patterns.Count - star - 1) << 8));
                int remaining = s.Patterns.Count;
                foreach (var sub in s.Patterns)
                {
                    remaining--;
                    if (sub is MatchStar ms)
                    {
                        if (ms.Name is null)
                            _asm.Emit(Opcode.PopTop);
                        else
                            StoreName(ms.Name);
                    }
                    else
                    {
                        Pattern(sub, pushed - 1 + remaining + 1);
                    }
                }
                break;
            }
            case MatchMapping m:
            {
                _asm.Emit(Opcode.MatchMapping);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed));
                if (m.Keys.Count > 0)
                {
                    _asm.Emit(Opcode.GetLen);
                    _asm.Emit(Opcode.LoadConst, ConstOf((long)m.Keys.Count));
                    _asm.Emit(Opcode.CompareOp, (int)CompareOp.Ge);
                    _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed));
                }
                foreach (var key in m.Keys)
                    Expression(key);
                At(m);
                _asm.Emit(Opcode.BuildTuple, m.Keys.Count);
                _asm.Emit(Opcode.MatchKeys);
                // [subject, keys, values or None]
                _asm.Emit(Opcode.Copy, 1);
                _asm.Emit(Opcode.LoadConst, ConstOf(null));
                _asm.Emit(Opcode.IsOp, 1);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed + 2));
                _asm.Emit(Opcode.UnpackSequence, m.Keys.Count);
                int remaining = m.Patterns.Count;
                foreach (var sub in m.Patterns)
                {
                    remaining--;
                    Pattern(sub, pushed + 1 + remaining + 1);
                }
                if (m.Rest is null)
                {
                    _asm.Emit(Opcode.PopTop);
                    _asm.Emit(Opcode.PopTop);
                }
                else
                {
                    // rest = dict(subject) without the matched keys.
                    _asm.Emit(Opcode.BuildMap, 0);
                    _asm.Emit(Opcode.Swap, 3);
                    _asm.Emit(Opcode.DictUpdate, 2);
                    _asm.Emit(Opcode.UnpackSequence, m.Keys.Count);
                    for (int size = m.Keys.Count; size > 0; size--)
                    {
                        _asm.Emit(Opcode.Copy, 1 + size);
                        _asm.Emit(Opcode.Swap, 2);
                        _asm.Emit(Opcode.DeleteSubscr);
                    }
                    StoreName(m.Rest);
                }
                break;
            }
            case MatchClass c:
            {
                Expression(c.Cls);
                var names = c.KwdAttrs.Select(n => (PyObject)new PyStr(n)).ToArray();
                _asm.Emit(Opcode.LoadConst, Const(new PyTuple(names), (typeof(PyTuple), "match\0" + string.Join('\0', c.KwdAttrs))));
                At(c);
                _asm.Emit(Opcode.MatchClass, c.Patterns.Count);
                _asm.Emit(Opcode.Copy, 1);
                _asm.Emit(Opcode.LoadConst, ConstOf(null));
                _asm.Emit(Opcode.IsOp, 1);
                _asm.EmitJump(Opcode.PopJumpForwardIfFalse, FailPop(pushed));
                int total = c.Patterns.Count + c.KwdPatterns.Count;
                _asm.Emit(Opcode.UnpackSequence, total);
                int remaining = total;
                foreach (var sub in c.Patterns.Concat(c.KwdPatterns))
                {
                    remaining--;
                    Pattern(sub, pushed - 1 + remaining + 1);
                }
                break;
            }
            default:
                throw Unsupported(p, p.GetType().Name + " patterns");
        }
    }
}
