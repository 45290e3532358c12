namespace Adder.Bytecode;

[Flags]
public enum OpcodeFlags : ushort
{
    None = 0,
    HasArgument = 1,
    ForwardJump = 2,
    BackwardJump = 4,
    HasConst = 8,
    HasName = 16,
    HasLocal = 32,
    HasFree = 64,
    HasCompare = 128,
    Jump = ForwardJump | BackwardJump,
}

/// <summary>
/// The instruction set in one place: names, inline-cache sizes and argument kinds (generated from
/// CPython 3.11, Opcodes.g.cs) and stack effects (here). The compiler, the interpreter's dispatch and
/// the disassembler all read this table.
/// </summary>
public static partial class OpcodeInfo
{
    private static readonly Opcode[] s_deopt = new Opcode[256];

    private static void Define(Opcode op, string name, int caches, OpcodeFlags flags)
    {
        s_names[(byte)op] = name;
        s_caches[(byte)op] = (byte)caches;
        s_flags[(byte)op] = flags;
        s_deopt[(byte)op] = op;
    }

    /// <summary>A specialized form of <paramref name="baseOp"/>: same caches, argument and stack effect.</summary>
    private static void Specialized(Opcode op, string name, Opcode baseOp)
    {
        s_names[(byte)op] = name;
        s_caches[(byte)op] = s_caches[(byte)baseOp];
        s_flags[(byte)op] = s_flags[(byte)baseOp];
        s_deopt[(byte)op] = baseOp;
    }

    /// <summary>A base instruction (what compiled code and co_code hold; specialized ones are not).</summary>
    public static bool IsDefined(int op) => s_names[op] is not null && s_deopt[op] == (Opcode)op;

    /// <summary>The base instruction of a specialized one (itself for a base instruction).</summary>
    public static Opcode Deopt(Opcode op) => s_deopt[(byte)op];

    /// <summary>CPython's name of the instruction (<c>LOAD_FAST</c>).</summary>
    public static string Name(Opcode op) => s_names[(byte)op] ?? $"<{(byte)op}>";

    /// <summary>How many 16-bit inline cache entries follow the instruction.</summary>
    public static int CacheEntries(Opcode op) => s_caches[(byte)op];

    public static OpcodeFlags Flags(Opcode op) => s_flags[(byte)op];

    public static bool HasArgument(Opcode op) => (byte)op >= HaveArgument;

    public static bool IsJump(Opcode op) => (s_flags[(byte)op] & OpcodeFlags.Jump) != 0;

    /// <summary>POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE}: the jumps on a truth value that a test before them
    /// (a specialized comparison, CONTAINS_OP) can do itself.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsJumpOnTruth(Opcode op) =>
        op is Opcode.PopJumpForwardIfFalse or Opcode.PopJumpForwardIfTrue or Opcode.PopJumpBackwardIfFalse or Opcode.PopJumpBackwardIfTrue;

    /// <summary>
    /// The change in stack depth the instruction makes, when it jumps (<paramref name="jump"/>) or falls
    /// through (Python/compile.c: stack_effect). Checked against <c>dis.stack_effect</c> by the tests.
    /// </summary>
    public static int StackEffect(Opcode op, int oparg, bool jump)
    {
        switch (op)
        {
            case Opcode.Cache:
            case Opcode.Nop:
            case Opcode.ExtendedArg:
            case Opcode.Resume:
            case Opcode.UnaryPositive:
            case Opcode.UnaryNegative:
            case Opcode.UnaryNot:
            case Opcode.UnaryInvert:
            case Opcode.CheckExcMatch:
            case Opcode.CheckEgMatch:
            case Opcode.GetAiter:
            case Opcode.GetIter:
            case Opcode.GetYieldFromIter:
            case Opcode.ReturnGenerator:
            case Opcode.ListToTuple:
            case Opcode.SetupAnnotations:
            case Opcode.YieldValue:
            case Opcode.AsyncGenWrap:
            case Opcode.DeleteName:
            case Opcode.DeleteGlobal:
            case Opcode.DeleteFast:
            case Opcode.DeleteDeref:
            case Opcode.Swap:
            case Opcode.LoadAttr:
            case Opcode.JumpForward:
            case Opcode.JumpBackward:
            case Opcode.JumpBackwardNoInterrupt:
            case Opcode.GetAwaitable:
            case Opcode.MakeCell:
            case Opcode.CopyFreeVars:
            case Opcode.KwNames:
                return 0;
            case Opcode.PushNull:
            case Opcode.GetLen:
            case Opcode.MatchMapping:
            case Opcode.MatchSequence:
            case Opcode.MatchKeys:
            case Opcode.PushExcInfo:
            case Opcode.WithExceptStart:
            case Opcode.GetAnext:
            case Opcode.BeforeAsyncWith:
            case Opcode.BeforeWith:
            case Opcode.LoadBuildClass:
            case Opcode.LoadAssertionError:
            case Opcode.LoadConst:
            case Opcode.LoadName:
            case Opcode.ImportFrom:
            case Opcode.Copy:
            case Opcode.LoadFast:
            case Opcode.LoadClosure:
            case Opcode.LoadDeref:
            case Opcode.LoadClassderef:
            case Opcode.LoadMethod:
                return 1;
            case Opcode.PopTop:
            case Opcode.BinarySubscr:
            case Opcode.PrintExpr:
            case Opcode.ReturnValue:
            case Opcode.ImportStar:
            case Opcode.PrepReraiseStar:
            case Opcode.PopExcept:
            case Opcode.StoreName:
            case Opcode.DeleteAttr:
            case Opcode.StoreGlobal:
            case Opcode.CompareOp:
            case Opcode.ImportName:
            case Opcode.IsOp:
            case Opcode.ContainsOp:
            case Opcode.Reraise:
            case Opcode.BinaryOp:
            case Opcode.StoreFast:
            case Opcode.StoreDeref:
            case Opcode.ListAppend:
            case Opcode.SetAdd:
            case Opcode.ListExtend:
            case Opcode.SetUpdate:
            case Opcode.DictMerge:
            case Opcode.DictUpdate:
            case Opcode.Call:
            case Opcode.PopJumpForwardIfFalse:
            case Opcode.PopJumpForwardIfTrue:
            case Opcode.PopJumpForwardIfNone:
            case Opcode.PopJumpForwardIfNotNone:
            case Opcode.PopJumpBackwardIfFalse:
            case Opcode.PopJumpBackwardIfTrue:
            case Opcode.PopJumpBackwardIfNone:
            case Opcode.PopJumpBackwardIfNotNone:
                return -1;
            case Opcode.EndAsyncFor:
            case Opcode.DeleteSubscr:
            case Opcode.StoreAttr:
            case Opcode.MapAdd:
            case Opcode.MatchClass:
                return -2;
            case Opcode.StoreSubscr:
                return -3;
            case Opcode.UnpackSequence:
                return oparg - 1;
            case Opcode.UnpackEx:
                return (oparg & 0xFF) + (oparg >> 8);
            case Opcode.ForIter:
                return jump ? -1 : 1;
            case Opcode.Send:
                return jump ? -1 : 0;
            case Opcode.JumpIfFalseOrPop:
            case Opcode.JumpIfTrueOrPop:
                return jump ? 0 : -1;
            case Opcode.BuildTuple:
            case Opcode.BuildList:
            case Opcode.BuildSet:
            case Opcode.BuildString:
                return 1 - oparg;
            case Opcode.BuildMap:
                return 1 - 2 * oparg;
            case Opcode.BuildConstKeyMap:
                return -oparg;
            case Opcode.LoadGlobal:
                return (oparg & 1) + 1;
            case Opcode.RaiseVarargs:
            case Opcode.Precall:
                return -oparg;
            case Opcode.MakeFunction:
                return -((oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1));
            case Opcode.BuildSlice:
                return oparg == 3 ? -2 : -1;
            case Opcode.CallFunctionEx:
                return -2 - (oparg & 1);
            case Opcode.FormatValue:
                return (oparg & 0x04) != 0 ? -1 : 0;
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "no stack effect defined");
        }
    }
}
