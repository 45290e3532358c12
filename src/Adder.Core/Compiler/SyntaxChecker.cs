using Adder.Parser;
using Adder.Parser.Ast;

namespace Adder.Compiler;

/// <summary>
/// Everything <c>compile()</c> checks before emitting code: the parse, then the scope rules the symbol
/// table enforces (misplaced <c>return</c>/<c>yield</c>/<c>nonlocal</c>, duplicate parameters, ...).
/// </summary>
public static class SyntaxChecker
{
    /// <summary>Parses and checks a module; throws <see cref="PythonSyntaxError"/> as CPython's compile() would.</summary>
    public static Module Check(byte[] source, string filename)
    {
        var module = PythonParser.ParseFile(source, filename);
        try
        {
            CompilerChecks.CheckFutureImports(module, out int futureLine);
            var symbols = SymbolTable.Build(module);
            CompilerChecks.Run(module, symbols, futureLine);
        }
        catch (PythonSyntaxError e)
        {
            e.Filename ??= filename;
            throw;
        }
        return module;
    }
}
