using Adder.Parser;
using Adder.Parser.Ast;

namespace Adder.Compiler;

/// <summary>
/// Everything <c>compile()</c> checks before emitting code: the parse, then the scope rules the symbol
/// table enforces (misplaced <c>return</c>/<c>yield</c>/<c>nonlocal</c>, duplicate parameters, ...).
/// </summary>
public static class SyntaxChecker
{
    private const int MaxCompileDepth = 2995;

    private static string? SourceLine(byte[] source, int lineno)
    {
        var (utf8, length, _) = SourceDecoder.Decode(source);
        int start = 0;
        for (int line = 1; line < lineno; line++)
        {
            int nl = Array.IndexOf(utf8, (byte)'\n', start, length - start);
            if (nl < 0)
                return null;
            start = nl + 1;
        }
        int end = Array.IndexOf(utf8, (byte)'\n', start, length - start);
        return lineno < 1 || start >= length ? null : System.Text.Encoding.UTF8.GetString(utf8, start, (end < 0 ? length : end + 1) - start);
    }

    /// <summary>Parses and checks a module; throws <see cref="PythonSyntaxError"/> as CPython's compile() would.</summary>
    public static Module Check(byte[] source, string filename)
    {
        var module = PythonParser.ParseModule(source, filename);
        // compile() gives up on trees deeper than its recursion budget (3000 levels less its caller's).
        if (module.IsDeeperThan(MaxCompileDepth))
            throw PythonResourceError.RecursionLimit("compilation");
        try
        {
            CompilerChecks.CheckFutureImports(module, out int futureLine);
            var symbols = SymbolTable.Build(module);
            CompilerChecks.Run(module, symbols, futureLine);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename ??= filename;
            // The compiler's errors carry no text; CPython reads the line back from the source.
            e.Text ??= SourceLine(source, e.Lineno);
            throw;
        }
        return module;
    }
}
