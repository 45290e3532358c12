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
        // The names a script's module starts with, in CPython's order (the import system's loader and
        // spec objects come with the standard-library work).
        globals.Set("__doc__", PyNone.Instance);
        globals.Set("__package__", PyNone.Instance);
        globals.Set("__loader__", PyNone.Instance);
        globals.Set("__spec__", PyNone.Instance);
        if (moduleName == "__main__")
            globals.Set("__annotations__", new PyDict());
        globals.Set("__builtins__", new PyModule("builtins", Builtins.Dict));
        // `python -c` runs "<string>", which has no file.
        if (filename != "<string>")
        {
            globals.Set("__file__", new PyStr(filename));
            globals.Set("__cached__", PyNone.Instance);
        }
        Importer.ModulesDict.Set(moduleName, module);
        var frame = Frame.Push(code, globals, Builtins.Dict, globals, null, null);
        Interpreter.Run(frame);
        return globals;
    }
}
