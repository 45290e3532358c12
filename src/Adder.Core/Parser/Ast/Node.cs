namespace Adder.Parser.Ast;

/// <summary>Base of every AST node; the concrete classes are generated (Nodes.g.cs).</summary>
public abstract class Node
{
    /// <summary>Writes the node the way CPython's <c>ast.dump(node, include_attributes=True)</c> does.</summary>
    public abstract void Dump(AstDumper d);

    public string Dump()
    {
        var d = new AstDumper();
        Dump(d);
        return d.ToString();
    }
}

/// <summary>A node with a source span: lines are 1-based, columns are 0-based UTF-8 byte offsets.</summary>
public abstract class LocatedNode : Node
{
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;

    public void CopyLocation(LocatedNode from)
    {
        Lineno = from.Lineno;
        ColOffset = from.ColOffset;
        EndLineno = from.EndLineno;
        EndColOffset = from.EndColOffset;
    }
}

/// <summary>The value of the <c>...</c> constant.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();

    private EllipsisValue()
    {
    }
}
