using Adder.Compiler;
using Adder.Runtime;
using Adder.Runtime.Interpreter;

namespace Adder.Hosting;

/// <summary>Runs Python source: parse, check, compile, execute in a fresh <c>__main__</c> namespace.</summary>
public static class PythonEngine
{
    /// <summary>Executes a module's source; Python errors surface as <see cref="PyException"/>.</summary>
    public static PyDict RunModule(byte[] source, string filename, string moduleName = "__main__")
    {
        var tree = SyntaxChecker.Check(source, filename);
        var code = CodeGenerator.CompileModule(tree, filename);
        var module = new PyModule(moduleName);
        var globals = module.Dict;
        globals.Set("__file__", new PyStr(filename));
        globals.Set("__builtins__", new PyModule("builtins", Builtins.Dict));
        Importer.ModulesDict.Set(moduleName, module);
        var frame = new Frame(code, globals, Builtins.Dict, globals, null);
        Interpreter.Run(frame);
        return globals;
    }
}
