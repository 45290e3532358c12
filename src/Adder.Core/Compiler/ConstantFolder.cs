using System.Numerics;
using Adder.Parser.Ast;
using Adder.Runtime;

namespace Adder.Compiler;

/// <summary>
/// Constant folding as CPython 3.11's AST optimizer does it (Python/ast_opt.c): operators applied to
/// constants, tuples of constants, constant subscripts and __debug__ become one constant, unless the
/// operation fails or its result would be large (the same size limits as CPython).
/// </summary>
internal static class ConstantFolder
{
    private const int MaxIntBits = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStringSize = 4096;
    private const int MaxTotalItems = 1024;

    /// <summary>The value of a constant expression, or null.</summary>
    public static PyObject? Fold(ExprNode e)
    {
        try
        {
            return e switch
            {
                Constant c => FromLiteral(c.Value),
                Name { Id: "__debug__", Ctx: ExprContext.Load } => PyBool.True,
                UnaryOp u when Fold(u.Operand) is { } operand => u.Op switch
                {
                    UnaryOperator.Not => PyBool.From(!Ops.IsTrue(operand)),
                    UnaryOperator.USub => Ops.Negate(operand),
                    UnaryOperator.UAdd => Ops.Positive(operand),
                    _ => Ops.Invert(operand),
                },
                BinOp b when Fold(b.Left) is { } left && Fold(b.Right) is { } right => Binary(left, b.Op, right),
                Parser.Ast.Tuple { Ctx: ExprContext.Load } t => Tuple(t.Elts),
                Subscript { Ctx: ExprContext.Load } s when s.Slice is not Slice && Fold(s.Value) is { } value && Fold(s.Slice) is { } key =>
                    Ops.GetItem(value, key),
                _ => null,
            };
        }
        catch (PyException)
        {
            // The operation fails when the program runs, where it raises: leave it to run then.
            return null;
        }
    }

    /// <summary>A tuple of the elements' values, if they are all constants.</summary>
    public static PyTuple? Tuple(List<ExprNode> elements)
    {
        var items = new PyObject[elements.Count];
        for (int i = 0; i < items.Length; i++)
        {
            if (elements[i] is Starred || Fold(elements[i]) is not { } item)
                return null;
            items[i] = item;
        }
        return items.Length == 0 ? PyTuple.Empty : new PyTuple(items); // () is the empty tuple, as in CPython
    }

    private static PyObject? Binary(PyObject left, Operator op, PyObject right)
    {
        switch (op)
        {
            case Operator.Mult when !SafeMultiply(left, right):
            case Operator.Pow when left is PyInt pl && right is PyInt pr && !pl.AsBig.IsZero && (pr.AsBig.Sign < 0 || pr.AsBig > MaxIntBits || Bits(pl) * (long)pr.AsBig > MaxIntBits):
            case Operator.LShift when left is PyInt ll && right is PyInt lr && !ll.AsBig.IsZero && (lr.AsBig > MaxIntBits || Bits(ll) > MaxIntBits - (long)BigInteger.Max(lr.AsBig, 0)):
            case Operator.Mod when left is PyStr or PyBytes:
            case Operator.MatMult:
                return null;
        }
        return Ops.BinaryOp(left, right, (int)OperatorIndex(op));
    }

    private static BinaryOperator OperatorIndex(Operator op) => op switch
    {
        Operator.Add => BinaryOperator.Add,
        Operator.Sub => BinaryOperator.Subtract,
        Operator.Mult => BinaryOperator.Multiply,
        Operator.Div => BinaryOperator.TrueDivide,
        Operator.FloorDiv => BinaryOperator.FloorDivide,
        Operator.Mod => BinaryOperator.Remainder,
        Operator.Pow => BinaryOperator.Power,
        Operator.LShift => BinaryOperator.LShift,
        Operator.RShift => BinaryOperator.RShift,
        Operator.BitOr => BinaryOperator.Or,
        Operator.BitXor => BinaryOperator.Xor,
        Operator.BitAnd => BinaryOperator.And,
        _ => BinaryOperator.MatrixMultiply,
    };

    private static long Bits(PyInt i) => (long)BigInteger.Abs(i.AsBig).GetBitLength();

    /// <summary>Whether a product is small enough to fold (Python/ast_opt.c: safe_multiply).</summary>
    private static bool SafeMultiply(PyObject v, PyObject w)
    {
        if (v is PyInt a && w is PyInt b)
            return a.AsBig.IsZero || b.AsBig.IsZero || Bits(a) + Bits(b) <= MaxIntBits;
        if (w is PyInt && v is not PyInt)
            (v, w) = (w, v);
        if (v is not PyInt count)
            return true;
        long n = count.IsBig ? long.MaxValue : count.Value;
        switch (w)
        {
            case PyTuple t when t.Items.Length > 0:
                return n >= 0 && n <= MaxCollectionSize / t.Items.Length && (n == 0 || Complexity(t) <= MaxTotalItems / n);
            case PySet { IsFrozen: true } fs when fs.Count > 0:
                return n >= 0 && n <= MaxCollectionSize / fs.Count;
            case PyStr s when s.Value.Length > 0:
                return n >= 0 && n <= MaxStringSize / s.Value.Length;
            case PyBytes bytes when bytes.Value.Length > 0:
                return n >= 0 && n <= MaxStringSize / bytes.Value.Length;
            default:
                return true;
        }
    }

    /// <summary>How many items a constant holds, nested ones included.</summary>
    private static long Complexity(PyObject o) => o switch
    {
        PyTuple t => t.Items.Length + t.Items.Sum(Complexity),
        _ => 0,
    };

    /// <summary>The runtime value of a literal the parser made.</summary>
    public static PyObject? FromLiteral(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.From(l),
        BigInteger big => PyInt.From(big),
        double d => new PyFloat(d),
        string s => s.Length == 1 ? PyStr.OfChar(s[0]) : new PyStr(s),
        byte[] bytes => new PyBytes(bytes),
        Complex c => new PyComplex(c),
        EllipsisValue => Ops.Ellipsis,
        PyObject o => o,
        _ => null,
    };
}
