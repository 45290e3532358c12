namespace Adder.Parser.Ast;

/// <summary>Base of every AST node; the concrete classes are generated (Nodes.g.cs).</summary>
public abstract class Node
{
    /// <summary>Writes the node the way CPython's <c>ast.dump(node, include_attributes=True)</c> does.</summary>
    public abstract void Dump(AstDumper d);

    /// <summary>Appends the child nodes (not operators, contexts, names or constants).</summary>
    public abstract void AddChildren(List<Node> children);

    protected static void AddAll<T>(List<Node> children, List<T> nodes) where T : Node
    {
        foreach (var n in nodes)
        {
            // Dict keys and kw_defaults hold nulls for "**d" entries and parameters without defaults.
            if (n is not null)
                children.Add(n);
        }
    }

    /// <summary>
    /// Whether the tree is deeper than <paramref name="limit"/> nodes (the node itself counts as 1).
    /// Iterative, so any depth is safe to ask about.
    /// </summary>
    public bool IsDeeperThan(int limit)
    {
        var stack = new Stack<(Node Node, int Depth)>();
        var children = new List<Node>();
        stack.Push((this, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > limit)
                return true;
            children.Clear();
            node.AddChildren(children);
            foreach (var child in children)
                stack.Push((child, depth + 1));
        }
        return false;
    }

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
