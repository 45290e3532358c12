using Adder.Compiler;

namespace Adder.Runtime;

/// <summary>
/// The import system: native modules written in C#, and .py modules and packages found on sys.path,
/// compiled and run once, cached in sys.modules (Python/import.c, importlib._bootstrap in spirit).
/// </summary>
public static class Importer
{
    /// <summary>Native modules by name, created on first import.</summary>
    private static readonly Dictionary<string, Func<PyModule>> s_native = new()
    {
        ["sys"] = () => Modules.SysModule.Instance,
        ["math"] = Modules.MathModule.Create,
        ["time"] = Modules.TimeModule.Create,
        ["builtins"] = () => new PyModule("builtins", Builtins.Dict),
    };

    public static PyDict ModulesDict => Modules.SysModule.ModulesDict;

    /// <summary>IMPORT_NAME: the module (the top-level package unless a fromlist is given).</summary>
    public static PyObject ImportName(string name, PyObject fromlist, int level, PyDict globals)
    {
        string absolute = level > 0 ? ResolveRelative(name, level, globals) : name;
        var module = ImportModule(absolute);
        bool hasFromlist = fromlist is PyTuple { Items.Length: > 0 };
        if (hasFromlist || !absolute.Contains('.'))
            return module;
        // "import a.b.c" binds a.
        string top = level > 0 ? absolute.Substring(0, absolute.Length - name.Length) + name.Split('.')[0] : absolute.Split('.')[0];
        return ModulesDict.Get(top) ?? module;
    }

    /// <summary>IMPORT_FROM: an attribute, or a submodule not imported yet.</summary>
    public static PyObject ImportFrom(PyObject module, string name)
    {
        if (Ops.LookupAttr(module, name) is { } value)
            return value;
        if (module is PyModule m && m.Dict.Get("__path__") is not null)
        {
            try
            {
                return ImportModule(m.Name + "." + name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ImportError))
            {
            }
        }
        string modName = module is PyModule mm ? mm.Name : "?";
        var file = (module as PyModule)?.Dict.Get("__file__") as PyStr;
        var error = Errors.Raise(ExceptionTypes.ImportError, $"cannot import name '{name}' from '{modName}' ({file?.Value ?? "unknown location"})");
        error.Value.SetMember("msg", error.Value.Args.Items[0]);
        error.Value.SetMember("name", new PyStr(modName));
        error.Value.SetMember("path", (PyObject?)file ?? PyNone.Instance);
        throw error;
    }

    private static string ResolveRelative(string name, int level, PyDict globals)
    {
        string package = globals.Get("__package__") is PyStr p && p.Value.Length > 0 ? p.Value
            : globals.Get("__name__") is PyStr n ? (globals.Get("__path__") is not null ? n.Value : (n.Value.Contains('.') ? n.Value.Substring(0, n.Value.LastIndexOf('.')) : "")) : "";
        if (package.Length == 0)
            throw Errors.Raise(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
            throw Errors.Raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        string basePackage = string.Join('.', parts, 0, parts.Length - (level - 1));
        return name.Length == 0 ? basePackage : basePackage + "." + name;
    }

    public static PyObject ImportModule(string name)
    {
        if (ModulesDict.Get(name) is { } cached)
            return cached;
        int dot = name.LastIndexOf('.');
        List<string> searchPath;
        PyModule? parent = null;
        if (dot >= 0)
        {
            parent = ImportModule(name.Substring(0, dot)) as PyModule;
            searchPath = parent?.Dict.Get("__path__") is PyList path
                ? path.Items.Select(p => Ops.Str(p)).ToList()
                : throw NotFound(name, isPackageChild: true);
        }
        else
        {
            if (s_native.TryGetValue(name, out var factory))
            {
                var native = factory();
                ModulesDict.Set(name, native);
                return native;
            }
            searchPath = Modules.SysModule.Path.Items.Select(p => Ops.Str(p)).ToList();
        }
        string leaf = dot >= 0 ? name.Substring(dot + 1) : name;
        foreach (string dir in searchPath)
        {
            string packageInit = Path.Combine(dir, leaf, "__init__.py");
            string file = Path.Combine(dir, leaf + ".py");
            if (File.Exists(packageInit))
                return LoadSource(name, packageInit, Path.Combine(dir, leaf), parent, leaf);
            if (File.Exists(file))
                return LoadSource(name, file, null, parent, leaf);
            if (Directory.Exists(Path.Combine(dir, leaf)) && Directory.EnumerateFiles(Path.Combine(dir, leaf), "*.py").Any())
            {
                // A namespace package: a directory without __init__.py.
                var ns = new PyModule(name);
                ns.Set("__path__", new PyList(new List<PyObject> { new PyStr(Path.Combine(dir, leaf)) }));
                ns.Set("__package__", new PyStr(name));
                ModulesDict.Set(name, ns);
                if (parent is not null)
                    parent.Set(leaf, ns);
                return ns;
            }
        }
        throw NotFound(name, isPackageChild: false);
    }

    private static PyException NotFound(string name, bool isPackageChild)
    {
        string message = isPackageChild
            ? $"No module named '{name}'; '{name.Substring(0, name.LastIndexOf('.'))}' is not a package"
            : $"No module named '{name}'";
        var exc = new PyBaseException(ExceptionTypes.ModuleNotFoundError, new PyTuple(new PyObject[] { new PyStr(message) }));
        exc.SetMember("msg", new PyStr(message));
        exc.SetMember("name", new PyStr(name));
        return new PyException(exc);
    }

    private static PyModule LoadSource(string name, string file, string? packageDir, PyModule? parent, string leaf)
    {
        var module = new PyModule(name);
        module.Set("__file__", new PyStr(file));
        module.Set("__builtins__", new PyModule("builtins", Builtins.Dict));
        if (packageDir is not null)
        {
            module.Set("__path__", new PyList(new List<PyObject> { new PyStr(packageDir) }));
            module.Set("__package__", new PyStr(name));
        }
        else
        {
            module.Set("__package__", new PyStr(name.Contains('.') ? name.Substring(0, name.LastIndexOf('.')) : ""));
        }
        ModulesDict.Set(name, module);
        try
        {
            var source = File.ReadAllBytes(file);
            var tree = SyntaxChecker.Check(source, file);
            var code = CodeGenerator.CompileModule(tree, file);
            var frame = Interpreter.Frame.Push(code, module.Dict, Builtins.Dict, module.Dict, null, null);
            Interpreter.Interpreter.Run(frame);
        }
        catch
        {
            ModulesDict.Remove(new PyStr(name));
            throw;
        }
        if (parent is not null)
            parent.Set(leaf, module);
        return module;
    }
}
