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
        var module = SyntaxChecker.Check(source, filename);
        var code = CodeGenerator.CompileModule(module, filename);
        var globals = new PyDict();
        globals.Set("__name__", new PyStr(moduleName));
        globals.Set("__file__", new PyStr(filename));
        var frame = new Frame(code, globals, Builtins.Dict, globals, null);
        Interpreter.Run(frame);
        return globals;
    }
}
