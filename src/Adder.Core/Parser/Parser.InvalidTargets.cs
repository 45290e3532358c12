using Adder.Parser.Ast;

namespace Adder.Parser;

/// <summary>
/// CPython's messages for '=' in the wrong place. Which one it gives depends on which of its
/// <c>invalid_*</c> grammar rules matches first, so these methods replay those rules' conditions:
/// <c>invalid_named_expression</c> ("... here. Maybe you meant '==' ...") before
/// <c>invalid_assignment</c> ("cannot assign to ...").
/// </summary>
public sealed partial class PythonParser
{
    /// <summary>
    /// invalid_named_expression, for an expression <paramref name="e"/> whose rule started at token
    /// <paramref name="ruleStart"/> and is followed by '=' at token <paramref name="equal"/>; null when the
    /// rule does not match.
    /// </summary>
    private PythonSyntaxError? InvalidNamedExpression(ExprNode e, int ruleStart, int equal)
    {
        if (e is Starred)
            return null;
        int save = _p;
        ExprNode? value = null;
        try
        {
            _p = equal + 1;
            value = BitwiseOr();
            if (Kind == TokenKind.Equal || Kind == TokenKind.ColonEqual)
                value = null;
        }
        catch (PythonSyntaxError error) when (!error.FromTokenizer)
        {
            value = null;
        }
        finally
        {
            _p = save;
        }
        if (value is null)
            return null;
        if (e is Name && _tokens[ruleStart].Kind == TokenKind.Name)
            return ErrorAtNodes(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        // A parenthesized expression is an atom, whatever is inside.
        ref Token first = ref _tokens[ruleStart];
        bool grouped = first.Kind == TokenKind.LPar && (e.Lineno != first.Lineno || e.ColOffset != first.ColOffset);
        if (!grouped && !IsBitwiseOrLevel(e) || StartsWithDisplayOrSingleton(e, ruleStart))
            return null;
        return ErrorAtNode(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>Whether <paramref name="e"/> can be the whole of a <c>bitwise_or</c> (no comparison, not, and/or, if-else, lambda).</summary>
    private static bool IsBitwiseOrLevel(ExprNode e) =>
        e is not (Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Lambda or NamedExpr or Yield or YieldFrom);

    /// <summary>The lookahead <c>!(list|tuple|genexp|'True'|'None'|'False')</c> at the rule's first token.</summary>
    private bool StartsWithDisplayOrSingleton(ExprNode e, int ruleStart)
    {
        ref Token t = ref _tokens[ruleStart];
        if (t.Kind is TokenKind.True or TokenKind.None or TokenKind.False)
            return true;
        if (t.Kind != TokenKind.LSqb && t.Kind != TokenKind.LPar)
            return false;
        // Walk down the leftmost operands to the node that begins at that bracket.
        ExprNode? n = e;
        while (n is not null)
        {
            if (n.Lineno == t.Lineno && n.ColOffset == t.ColOffset)
                return n is List || n is Ast.Tuple || n is GeneratorExp;
            n = n switch
            {
                Ast.Attribute a => a.Value,
                Subscript s => s.Value,
                Call c => c.Func,
                BinOp b => b.Left,
                Await a => a.Value,
                _ => null,
            };
        }
        return false;
    }

    /// <summary>
    /// The error for an assignment statement with an invalid target. <paramref name="start"/> is the
    /// statement's first token; <paramref name="firstEqual"/> the first '='.
    /// </summary>
    private PythonSyntaxError InvalidAssignment(List<ExprNode> targets, int start, int firstEqual)
    {
        var first = targets[0];
        // invalid_assignment tries star_named_expression first, which checks its last element.
        bool bareTuple = first is Ast.Tuple && _tokens[start].Kind != TokenKind.LPar;
        var last = bareTuple ? ((Ast.Tuple)first).Elts[^1] : first;
        int lastStart = bareTuple ? ElementStart(start, firstEqual) : start;
        var named = InvalidNamedExpression(last, lastStart, firstEqual);
        if (named is not null)
            return named;
        foreach (var t in targets)
        {
            if (t is Yield or YieldFrom)
                return ErrorAtNode(t, "assignment to yield expression not possible");
            var bad = FirstInvalidTarget(t);
            if (bad is not null)
                return ErrorAtNode(bad, $"cannot assign to {ExprName(bad)}");
        }
        return InvalidSyntax();
    }

    /// <summary>The first token of the last element of a bare tuple ending just before token <paramref name="end"/>.</summary>
    private int ElementStart(int start, int end)
    {
        int depth = 0;
        for (int i = end - 1; i > start; i--)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace:
                    depth++;
                    break;
                case TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace:
                    depth--;
                    break;
                case TokenKind.Comma when depth == 0:
                    return i + 1;
            }
        }
        return start;
    }
}
