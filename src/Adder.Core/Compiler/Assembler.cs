using Adder.Bytecode;

namespace Adder.Compiler;

/// <summary>A jump target, bound to an instruction index once emitted.</summary>
public sealed class Label
{
    public int Instruction = -1;
}

/// <summary>
/// Collects instructions with symbolic jump targets and lays them out as CPython 3.11 code units:
/// EXTENDED_ARG prefixes for wide arguments, zeroed CACHE units after specializable instructions,
/// relative jumps counted in code units.
/// </summary>
internal sealed class Assembler
{
    private readonly struct Instr
    {
        public readonly Opcode Op;
        public readonly int Arg;
        public readonly Label? Target;
        public readonly int Line, EndLine, Col, EndCol;
        public readonly Handler? Handler;

        public Instr(Opcode op, int arg, Label? target, int line, int endLine, int col, int endCol, Handler? handler)
        {
            Op = op;
            Arg = arg;
            Target = target;
            Line = line;
            EndLine = endLine;
            Col = col;
            EndCol = endCol;
            Handler = handler;
        }
    }

    /// <summary>Where an exception raised by an instruction goes: a label, the stack depth to unwind to, and whether the offset is pushed.</summary>
    public sealed record Handler(Label Target, int Depth, bool PushLasti);

    private readonly List<Instr> _instrs = new();
    private readonly Stack<Handler?> _handlers = new();

    /// <summary>Instructions emitted from now on are covered by <paramref name="handler"/> (null: by none).</summary>
    public void PushHandler(Handler? handler) => _handlers.Push(handler);

    public void PopHandler() => _handlers.Pop();

    private Handler? CurrentHandler => _handlers.Count > 0 ? _handlers.Peek() : null;

    public Handler? Current => CurrentHandler;
    private (int Line, int EndLine, int Col, int EndCol) _position = (-1, -1, -1, -1);

    public int Count => _instrs.Count;

    public void SetPosition(int line, int endLine, int col, int endCol) => _position = (line, endLine, col, endCol);

    public void Emit(Opcode op, int arg = 0) =>
        _instrs.Add(new Instr(op, arg, null, _position.Line, _position.EndLine, _position.Col, _position.EndCol, CurrentHandler));

    /// <summary>Emits a jump; a target already bound lies behind, so the backward form of the jump is used.</summary>
    public void EmitJump(Opcode op, Label target)
    {
        if (target.Instruction >= 0)
        {
            op = op switch
            {
                Opcode.JumpForward => Opcode.JumpBackward,
                Opcode.PopJumpForwardIfFalse => Opcode.PopJumpBackwardIfFalse,
                Opcode.PopJumpForwardIfTrue => Opcode.PopJumpBackwardIfTrue,
                Opcode.PopJumpForwardIfNone => Opcode.PopJumpBackwardIfNone,
                Opcode.PopJumpForwardIfNotNone => Opcode.PopJumpBackwardIfNotNone,
                _ => op,
            };
        }
        _instrs.Add(new Instr(op, 0, target, _position.Line, _position.EndLine, _position.Col, _position.EndCol, CurrentHandler));
    }

    public void Bind(Label label) => label.Instruction = _boundAt = _instrs.Count;

    private int _boundAt = -1;

    /// <summary>The last instruction emitted, if nothing can jump to the current position (the compiler avoids
    /// unreachable code after returns); null when there is none or a label was bound here.</summary>
    public Opcode? Last => _instrs.Count > 0 && _boundAt != _instrs.Count ? _instrs[^1].Op : null;

    /// <summary>Lays out the code; returns the units, their positions (4 ints per unit) and the exception table.</summary>
    /// <summary>
    /// The most values the code ever has on its stack (co_stacksize), found by following every path
    /// through the instructions, into exception handlers too (Python/compile.c: stackdepth).
    /// </summary>
    public int MaxStackDepth()
    {
        int n = _instrs.Count;
        var depthAt = new int[n + 1];
        Array.Fill(depthAt, -1);
        var pending = new Stack<int>();
        int max = 0;
        void Reach(int index, int depth)
        {
            max = Math.Max(max, depth);
            if (index <= n && depthAt[index] < 0)
            {
                depthAt[index] = depth;
                pending.Push(index);
            }
        }
        Reach(0, 0);
        while (pending.Count > 0)
        {
            int i = pending.Pop();
            int depth = depthAt[i];
            for (; i < n; i++)
            {
                var ins = _instrs[i];
                if (ins.Handler is { } h)
                    Reach(h.Target.Instruction, h.Depth + (h.PushLasti ? 1 : 0) + 1);
                if (ins.Target is { } target)
                    Reach(target.Instruction, depth + OpcodeInfo.StackEffect(ins.Op, ins.Arg, jump: true));
                if (ins.Op is Opcode.JumpForward or Opcode.JumpBackward or Opcode.JumpBackwardNoInterrupt
                    or Opcode.ReturnValue or Opcode.RaiseVarargs or Opcode.Reraise)
                    break;
                // RETURN_GENERATOR's frame resumes with the value sent in on its stack (the POP_TOP after
                // it removes it); dis.stack_effect counts 0 for it.
                depth += ins.Op == Opcode.ReturnGenerator ? 1 : OpcodeInfo.StackEffect(ins.Op, ins.Arg, jump: false);
                max = Math.Max(max, depth);
                if (depthAt[i + 1] >= 0)
                    break;
                depthAt[i + 1] = depth;
            }
        }
        return Math.Max(max, 1);
    }

    public (ushort[] Code, int[] Positions, Runtime.ExceptionTableEntry[] Table) Assemble(Func<int, int>? derefSlot = null)
    {
        if (derefSlot is not null)
        {
            // Cell and free variables were numbered among themselves; their slots follow the locals,
            // whose number is only known now (Python/compile.c: fix_cell_offsets).
            for (int i = 0; i < _instrs.Count; i++)
            {
                var ins = _instrs[i];
                if (ins.Op is Opcode.LoadDeref or Opcode.StoreDeref or Opcode.DeleteDeref or Opcode.LoadClosure or Opcode.MakeCell or Opcode.LoadClassderef)
                    _instrs[i] = new Instr(ins.Op, derefSlot(ins.Arg), ins.Target, ins.Line, ins.EndLine, ins.Col, ins.EndCol, ins.Handler);
            }
        }
        // Sizes depend on jump distances, which depend on sizes: iterate until stable.
        var extended = new int[_instrs.Count];
        var offsets = new int[_instrs.Count + 1];
        while (true)
        {
            int offset = 0;
            for (int i = 0; i < _instrs.Count; i++)
            {
                offsets[i] = offset;
                offset += extended[i] + 1 + OpcodeInfo.CacheEntries(_instrs[i].Op);
            }
            offsets[_instrs.Count] = offset;
            bool changed = false;
            for (int i = 0; i < _instrs.Count; i++)
            {
                int need = ExtendedArgs(ArgOf(i, offsets, extended));
                if (need > extended[i])
                {
                    extended[i] = need;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }

        var code = new ushort[offsets[_instrs.Count]];
        var positions = new int[code.Length * 4];
        for (int i = 0; i < _instrs.Count; i++)
        {
            var ins = _instrs[i];
            int arg = ArgOf(i, offsets, extended);
            int at = offsets[i];
            for (int k = extended[i]; k > 0; k--)
                Put(code, positions, at++, Opcode.ExtendedArg, (arg >> (8 * k)) & 0xFF, ins);
            Put(code, positions, at++, ins.Op, arg & 0xFF, ins);
            for (int c = 0; c < OpcodeInfo.CacheEntries(ins.Op); c++)
                Put(code, positions, at++, Opcode.Cache, 0, ins);
        }
        return (code, positions, ExceptionTable(offsets));
    }

    /// <summary>Runs of consecutive instructions with the same innermost handler become table entries (as in CPython).</summary>
    private Runtime.ExceptionTableEntry[] ExceptionTable(int[] offsets)
    {
        var table = new List<Runtime.ExceptionTableEntry>();
        int i = 0;
        while (i < _instrs.Count)
        {
            var h = _instrs[i].Handler;
            int start = i;
            while (i < _instrs.Count && ReferenceEquals(_instrs[i].Handler, h))
                i++;
            if (h is not null)
                table.Add(new Runtime.ExceptionTableEntry(offsets[start], offsets[i], offsets[h.Target.Instruction], h.Depth, h.PushLasti));
        }
        return table.ToArray();
    }

    private static void Put(ushort[] code, int[] positions, int at, Opcode op, int arg, in Instr ins)
    {
        code[at] = (ushort)((byte)op | (arg << 8));
        positions[at * 4] = ins.Line;
        positions[at * 4 + 1] = ins.EndLine;
        positions[at * 4 + 2] = ins.Col;
        positions[at * 4 + 3] = ins.EndCol;
    }

    private int ArgOf(int i, int[] offsets, int[] extended)
    {
        var ins = _instrs[i];
        if (ins.Target is null)
            return ins.Arg;
        int next = offsets[i] + extended[i] + 1 + OpcodeInfo.CacheEntries(ins.Op);
        int target = offsets[ins.Target.Instruction];
        return (OpcodeInfo.Flags(ins.Op) & OpcodeFlags.BackwardJump) != 0 ? next - target : target - next;
    }

    private static int ExtendedArgs(int arg) => arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
}
