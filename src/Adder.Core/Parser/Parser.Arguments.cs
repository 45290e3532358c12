using Adder.Parser.Ast;

namespace Adder.Parser;

public sealed partial class PythonParser
{
    /// <summary>A call trailer <c>( args )</c>, including the bare generator argument <c>f(x for x in y)</c>.</summary>
    private ExprNode CallTrailer(ExprNode func, int start)
    {
        int open = _p++;
        Enter(BracketLevels);
        var args = new List<ExprNode>();
        var keywords = new List<Keyword>();
        ParseArguments(open, args, keywords, TokenKind.RPar);
        Expect(TokenKind.RPar);
        Leave(BracketLevels);
        return Fin(new Call { Func = func, Args = args, Keywords = keywords }, start);
    }

    /// <summary>Arguments of a call or class definition, up to (not including) the closing token.</summary>
    private void ParseArguments(int open, List<ExprNode> args, List<Keyword> keywords, TokenKind close, bool allowGenerator = true)
    {
        bool sawKeywordUnpacking = false;
        while (Kind != close)
        {
            int start = _p;
            if (Kind == TokenKind.Star)
            {
                if (sawKeywordUnpacking)
                {
                    // Reported over all the arguments before it.
                    ref Token first = ref _tokens[open + 1];
                    ref Token last = ref _tokens[_p - 2];
                    throw ErrorAt("iterable argument unpacking follows keyword argument unpacking", first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
                }
                _p++;
                var value = Expression();
                args.Add(Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start));
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                var value = Expression();
                keywords.Add(Fin(new Keyword { Arg = null, Value = value }, start));
                sawKeywordUnpacking = true;
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                string name = TokenAt(_p).Text!;
                _p += 2;
                var value = Expression();
                keywords.Add(Fin(new Keyword { Arg = name, Value = value }, start));
            }
            else
            {
                if ((Kind == TokenKind.True || Kind == TokenKind.False || Kind == TokenKind.None) && PeekKind(1) == TokenKind.Equal)
                {
                    ref Token kw = ref _tokens[_p];
                    ref Token eq = ref TokenAt(_p + 1);
                    throw ErrorAt($"cannot assign to {Keywords.Spelling(kw.Kind)}", kw.Lineno, kw.ColOffset, eq.EndLineno, eq.EndColOffset);
                }
                var e = NamedExpression(equalMayFollow: true);
                if (AtComprehension && !allowGenerator)
                    throw InvalidSyntax();
                if (AtComprehension)
                {
                    var gens = ForIfClauses();
                    bool alone = args.Count == 0 && keywords.Count == 0 && Kind == close;
                    if (!alone)
                    {
                        var lastGen = gens[^1];
                        var end = lastGen.Ifs.Count > 0 ? lastGen.Ifs[^1] : lastGen.Iter;
                        throw ErrorAtNodes(e, end, "Generator expression must be parenthesized");
                    }
                    // The generator takes the call's parentheses as its span.
                    _p++;
                    args.Add(Fin(new GeneratorExp { Elt = e, Generators = gens }, open));
                    _p--;
                    return;
                }
                if (Kind == TokenKind.Equal)
                {
                    ref Token eq = ref Current;
                    throw ErrorAt("expression cannot contain assignment, perhaps you meant \"==\"?", e.Lineno, e.ColOffset, eq.EndLineno, eq.EndColOffset);
                }
                if (keywords.Count > 0)
                {
                    throw ErrorAtToken(_p, sawKeywordUnpacking
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
                }
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma))
            {
                if (Kind != close)
                {
                    var last = (LocatedNode?)(keywords.Count > 0 && keywords[^1].Lineno >= (args.Count > 0 ? args[^1].Lineno : 0) ? keywords[^1] : null);
                    if (last is null && args.Count > 0)
                        throw MissingCommaOrInvalid(args[^1]);
                    throw InvalidSyntax();
                }
                break;
            }
        }
    }

    /// <summary>
    /// Parameters of a <c>def</c> (up to <c>)</c>) or a <c>lambda</c> (up to <c>:</c>), with CPython's
    /// checks for their order.
    /// </summary>
    private Arguments Parameters(bool lambda, TokenKind close)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<ExprNode>();
        var kwonly = new List<Arg>();
        var kwDefaults = new List<ExprNode>();
        Arg? vararg = null, kwarg = null;
        bool sawSlash = false, sawStar = false, sawDefault = false;

        while (Kind != close)
        {
            int start = _p;
            if (Kind == TokenKind.Slash)
            {
                if (sawSlash)
                    throw ErrorAtToken(_p, "/ may appear only once");
                if (sawStar)
                    throw ErrorAtToken(_p, "/ must be ahead of *");
                if (args.Count == 0)
                    throw ErrorAtToken(_p, "at least one argument must precede /");
                _p++;
                sawSlash = true;
                posonly.AddRange(args);
                args.Clear();
            }
            else if (Kind == TokenKind.Star)
            {
                if (sawStar)
                    throw ErrorAtToken(_p, "* argument may appear only once");
                _p++;
                sawStar = true;
                if (Kind == TokenKind.Comma || Kind == close)
                {
                    if (Kind == close || PeekKind(1) == close || PeekKind(1) == TokenKind.DoubleStar)
                    {
                        // def reports the '*'; lambda (invalid_lambda_star_etc) the token after.
                        throw ErrorAtToken(lambda ? (Kind == close ? _p : _p + 1) : start, "named arguments must follow bare *");
                    }
                }
                else
                {
                    vararg = Param(lambda, starAnnotation: true);
                    if (Kind == TokenKind.Equal)
                        throw ErrorAtToken(_p, "var-positional argument cannot have default value");
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                kwarg = Param(lambda, starAnnotation: false);
                if (Kind == TokenKind.Equal)
                    throw ErrorAtToken(_p, "var-keyword argument cannot have default value");
                Accept(TokenKind.Comma);
                if (Kind != close)
                    throw ErrorAtToken(_p, "arguments cannot follow var-keyword argument");
                break;
            }
            else
            {
                var a = Param(lambda, starAnnotation: false);
                ExprNode? def = null;
                if (Accept(TokenKind.Equal))
                    def = Expression();
                if (sawStar)
                {
                    kwonly.Add(a);
                    kwDefaults.Add(def!);
                }
                else
                {
                    if (def is not null)
                    {
                        sawDefault = true;
                        defaults.Add(def);
                    }
                    else if (sawDefault)
                    {
                        throw ErrorAtNode(a, "non-default argument follows default argument");
                    }
                    args.Add(a);
                }
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        return new Arguments
        {
            Posonlyargs = posonly,
            Args = args,
            Vararg = vararg,
            Kwonlyargs = kwonly,
            KwDefaults = kwDefaults,
            Kwarg = kwarg,
            Defaults = defaults,
        };
    }

    private Arg Param(bool lambda, bool starAnnotation)
    {
        int start = _p;
        if (Kind != TokenKind.Name)
            throw InvalidSyntax();
        string name = TokenAt(_p++).Text!;
        ExprNode? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
            annotation = starAnnotation ? StarExpression() : Expression();
        return Fin(new Arg { ArgName = name, Annotation = annotation }, start);
    }
}
