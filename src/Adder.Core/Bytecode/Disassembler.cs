using System.Text;
using Adder.Runtime;

namespace Adder.Bytecode;

/// <summary>Prints code objects the way CPython's <c>dis.dis</c> does (caches hidden).</summary>
public static class Disassembler
{
    public static string Disassemble(PyCode code)
    {
        var sb = new StringBuilder();
        Disassemble(code, sb, top: true);
        return sb.ToString();
    }

    private static void Disassemble(PyCode code, StringBuilder sb, bool top)
    {
        if (!top)
            sb.Append("\nDisassembly of <code object ").Append(code.Name).Append(", file \"").Append(code.Filename)
                .Append("\", line ").Append(code.Firstlineno).Append(">:\n");
        var units = code.Instructions;
        int offsetWidth = Math.Max(4, (units.Length * 2).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        int lastLine = -1;
        int extended = 0;
        for (int i = 0; i < units.Length; i++)
        {
            var op = PyCode.OpcodeAt(units[i]);
            int arg = PyCode.OpargAt(units[i]) | extended;
            extended = op == Opcode.ExtendedArg ? arg << 8 : 0;
            if (op == Opcode.Cache)
                continue;
            int line = code.LineOf(i);
            if (line != lastLine && line >= 0)
            {
                if (lastLine != -1)
                    sb.Append('\n');
                sb.Append(line.ToString().PadLeft(3));
                lastLine = line;
            }
            else
            {
                sb.Append("   ");
            }
            sb.Append("    ").Append((i * 2).ToString().PadLeft(offsetWidth)).Append(' ');
            if (!OpcodeInfo.HasArgument(op))
            {
                sb.Append(OpcodeInfo.Name(op)).Append('\n');
                continue;
            }
            sb.Append(OpcodeInfo.Name(op).PadRight(20));
            {
                sb.Append(' ').Append(arg.ToString().PadLeft(5));
                string? meaning = Meaning(code, op, arg, i);
                if (meaning is not null)
                    sb.Append(" (").Append(meaning).Append(')');
            }
            sb.Append('\n');
        }
        foreach (var c in code.Consts)
        {
            if (c is PyCode nested)
                Disassemble(nested, sb, top: false);
        }
    }

    private static string? Meaning(PyCode code, Opcode op, int arg, int index)
    {
        var flags = OpcodeInfo.Flags(op);
        if (op == Opcode.LoadGlobal)
            return ((arg & 1) != 0 ? "NULL + " : "") + code.Names[arg >> 1];
        if (op == Opcode.BinaryOp)
            return arg < 13 ? OpcodeInfo.BinaryOperators[arg] : OpcodeInfo.BinaryOperators[arg];
        if (op == Opcode.CompareOp)
            return new[] { "<", "<=", "==", "!=", ">", ">=" }[arg];
        if ((flags & OpcodeFlags.HasConst) != 0)
            return code.Consts[arg] is PyCode c ? $"<code object {c.Name}>" : Ops.Repr(code.Consts[arg]);
        if ((flags & OpcodeFlags.HasName) != 0)
            return code.Names[arg];
        if ((flags & OpcodeFlags.HasLocal) != 0)
            return code.Varnames[arg];
        if ((flags & OpcodeFlags.Jump) != 0)
        {
            int next = index + 1 + OpcodeInfo.CacheEntries(op);
            int target = (flags & OpcodeFlags.BackwardJump) != 0 ? next - arg : next + arg;
            return "to " + (target * 2);
        }
        return null;
    }
}
