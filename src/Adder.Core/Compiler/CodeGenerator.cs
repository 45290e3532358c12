using System.Numerics;
using Adder.Bytecode;
using Adder.Parser;
using Adder.Parser.Ast;
using Adder.Runtime;
using Ast = Adder.Parser.Ast;

namespace Adder.Compiler;

/// <summary>
/// Turns a checked AST into code objects in CPython 3.11's instruction format (Python/compile.c is
/// the reference for the shapes emitted). One generator per code object; nested functions get their own.
/// </summary>
public sealed partial class CodeGenerator
{
    private readonly SymbolTable _symbols;
    private readonly Scope _scope;
    private readonly string _filename;
    private readonly string _qualname;
    private readonly Assembler _asm = new();
    private readonly List<PyObject> _consts = new();
    private readonly Dictionary<(Type, object?), int> _constIndex = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _nameIndex = new(); // a module can use a great many names
    private readonly List<string> _varnames = new();
    private readonly string[] _cellvars = Array.Empty<string>();
    private readonly string[] _freevars = Array.Empty<string>();
    private enum BlockKind
    {
        With,
        AsyncWith,
        ForLoop,
        WhileLoop,
        HandlerBody,
        Finally,
        /// <summary>The finally body on the exceptional path: the exception and the one it replaced are on the stack.</summary>
        FinallyEnd,
        /// <summary>The finally body run by a return: the return value waits on the stack.</summary>
        PopValue,
    }

    /// <summary>
    /// A construct that return/break/continue must unwind (Python/compile.c: fblockinfo): loops, handler
    /// bodies (which restore the exception being handled) and try-finally (whose body runs on the way out).
    /// </summary>
    private sealed record Block(BlockKind Kind, Label? Continue = null, Label? Break = null, string? ExceptionName = null,
        List<StmtNode>? FinalBody = null, Assembler.Handler? OuterHandler = null);

    private readonly List<Block> _blocks = new();

    /// <summary>Values the enclosing blocks keep on the stack (for-loop iterators, saved exceptions).</summary>
    private int _depth;

    private CodeGenerator(SymbolTable symbols, Scope scope, string filename, string qualname)
    {
        _symbols = symbols;
        _scope = scope;
        _filename = filename;
        _qualname = qualname;
        if (scope.Kind is ScopeKind.Function or ScopeKind.Comprehension)
        {
            if (scope.Kind == ScopeKind.Comprehension)
                _varnames.Add(".0");
            _varnames.AddRange(scope.Parameters.Where(p => p != ".0"));
            _cellvars = scope.Scopes.Where(kv => kv.Value == NameScope.Cell).Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            _freevars = scope.Scopes.Where(kv => kv.Value == NameScope.Free).Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            // A class body only has the implicit __class__ cell (for methods using super()).
            _cellvars = scope.NeedsClassClosure ? new[] { "__class__" } : Array.Empty<string>();
            _freevars = scope.Scopes.Where(kv => kv.Value == NameScope.Free).Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>CPython's function prologue: cells for cell variables, the closure copied in, RESUME.</summary>
    private void Prologue(LocatedNode at)
    {
        _asm.SetPosition(-1, -1, -1, -1);
        for (int i = 0; i < _cellvars.Length; i++)
            _asm.Emit(Opcode.MakeCell, i);
        if (_freevars.Length > 0)
            _asm.Emit(Opcode.CopyFreeVars, _freevars.Length);
        _asm.SetPosition(at.Lineno, at.Lineno, 0, 0);
        if (_scope.IsGenerator || _scope.IsCoroutine)
        {
            // Calling a generator function builds the frame and hands it back as the generator.
            _asm.Emit(Opcode.ReturnGenerator);
            _asm.Emit(Opcode.PopTop);
        }
        _asm.Emit(Opcode.Resume, 0);
    }

    /// <summary>Pushes the cells a nested code object closes over; returns MAKE_FUNCTION's closure flag.</summary>
    private int LoadClosure(PyCode inner)
    {
        if (inner.Freevars.Length == 0)
            return 0;
        foreach (var name in inner.Freevars)
            _asm.Emit(Opcode.LoadClosure, DerefIndex(name));
        _asm.Emit(Opcode.BuildTuple, inner.Freevars.Length);
        return 8;
    }

    private int DerefIndex(string name)
    {
        int i = Array.IndexOf(_cellvars, name);
        if (i >= 0)
            return i;
        i = Array.IndexOf(_freevars, name);
        if (i >= 0)
            return _cellvars.Length + i;
        throw new InvalidOperationException($"'{name}' is neither a cell nor a free variable");
    }

    /// <summary>The localsplus slot of deref index <paramref name="k"/>, once the locals are known.</summary>
    private int DerefSlot(int k)
    {
        if (k < _cellvars.Length)
        {
            int asLocal = _varnames.IndexOf(_cellvars[k]);
            if (asLocal >= 0)
                return asLocal;
        }
        int slot = _varnames.Count;
        for (int i = 0; i < _cellvars.Length; i++)
        {
            if (_varnames.Contains(_cellvars[i]))
                continue;
            if (i == k)
                return slot;
            slot++;
        }
        return slot + (k - _cellvars.Length);
    }

    /// <summary>Compiles a module (exec mode), or an interactive statement ("single" mode: the values of
    /// expression statements are shown through sys.displayhook).</summary>
    public static PyCode CompileModule(Module module, string filename, bool interactive = false)
    {
        CompilerChecks.CheckFutureImports(module, out int futureLine);
        var symbols = SymbolTable.Build(module);
        CompilerChecks.Run(module, symbols, futureLine);
        var gen = new CodeGenerator(symbols, symbols.Top, filename, "<module>") { _interactive = interactive };
        gen._asm.SetPosition(0, 1, 0, 0);
        gen._asm.Emit(Opcode.Resume, 0);
        var body = module.Body;
        if (HasAnnotations(body))
        {
            gen.At(body[0]);
            gen._asm.Emit(Opcode.SetupAnnotations);
        }
        int first = 0;
        if (!interactive && Docstring(body) is { } doc)
        {
            // The module docstring becomes __doc__.
            gen.At(body[0]);
            gen._asm.Emit(Opcode.LoadConst, gen.ConstOf(doc));
            gen.StoreName("__doc__");
            first = 1;
        }
        for (int i = first; i < body.Count; i++)
            gen.Stmt(body[i]);
        gen.ReturnNone();
        return gen.Finish("<module>", 0, 0, 0, CodeFlags.None, 1);
    }

    /// <summary>Compiles an expression (eval mode): its value is the code's return value.</summary>
    public static PyCode CompileExpression(Parser.Ast.Expression tree, string filename)
    {
        var wrapper = new Module
        {
            Body = new List<StmtNode> { new Expr { Value = tree.Body, Lineno = tree.Body.Lineno, ColOffset = tree.Body.ColOffset, EndLineno = tree.Body.EndLineno, EndColOffset = tree.Body.EndColOffset } },
            TypeIgnores = new List<TypeIgnoreNode>(),
        };
        var symbols = SymbolTable.Build(wrapper);
        CompilerChecks.Run(wrapper, symbols, 0);
        var gen = new CodeGenerator(symbols, symbols.Top, filename, "<module>");
        gen._asm.SetPosition(0, 1, 0, 0);
        gen._asm.Emit(Opcode.Resume, 0);
        gen.Expression(tree.Body);
        gen._asm.Emit(Opcode.ReturnValue);
        return gen.Finish("<module>", 0, 0, 0, CodeFlags.None, 1);
    }

    private PyCode Finish(string name, int argcount, int posonly, int kwonly, CodeFlags flags, int firstLine)
    {
        int stackSize = _asm.MaxStackDepth();
        var (code, positions, table) = _asm.Assemble(DerefSlot);
        int cellsNotLocal = _cellvars.Count(c => !_varnames.Contains(c));
        return new PyCode
        {
            Name = name,
            Qualname = _qualname,
            Filename = _filename,
            Instructions = code,
            Positions = positions,
            Consts = _consts.ToArray(),
            Names = _names.ToArray(),
            Varnames = _varnames.ToArray(),
            Cellvars = _cellvars,
            Freevars = _freevars,
            LocalsPlusCount = _varnames.Count + cellsNotLocal + _freevars.Length,
            Argcount = argcount,
            Posonlyargcount = posonly,
            Kwonlyargcount = kwonly,
            Flags = flags,
            Firstlineno = firstLine,
            Stacksize = stackSize,
            ExceptionTable = table,
        };
    }

    private static string? Docstring(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string doc } } ? doc : null;

    private void At(LocatedNode n) => _asm.SetPosition(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    private static PyCompileError Unsupported(LocatedNode n, string what) => new(what, n);

    // ---- Constants and names ----

    private int Const(PyObject value, (Type, object?) key)
    {
        if (!_constIndex.TryGetValue(key, out int i))
        {
            i = _consts.Count;
            _consts.Add(value);
            _constIndex[key] = i;
        }
        return i;
    }

    private int ConstOf(object? value) => value switch
    {
        null => Const(PyNone.Instance, (typeof(PyNone), null)),
        bool b => Const(PyBool.From(b), (typeof(bool), b)),
        long l => Const(PyInt.From(l), (typeof(long), l)),
        BigInteger big => Const(PyInt.From(big), (typeof(BigInteger), big)),
        double d => Const(new PyFloat(d), (typeof(double), BitConverter.DoubleToInt64Bits(d))),
        string s => Const(s.Length == 1 ? PyStr.OfChar(s[0]) : new PyStr(s), (typeof(string), s)),
        // Lone surrogates side by side: UTF-16 cannot keep them apart, so they read as a pair (a known limit).
        Common.CodePointString cps => ConstOf(string.Concat(cps.CodePoints.Select(c => c >= 0x10000 ? char.ConvertFromUtf32(c) : ((char)c).ToString()))),
        Parser.Ast.EllipsisValue => Const(Ops.Ellipsis, (typeof(Parser.Ast.EllipsisValue), null)),
        byte[] bytes => Const(new PyBytes(bytes), (typeof(byte[]), Convert.ToBase64String(bytes))),
        System.Numerics.Complex c => Const(new PyComplex(c), (typeof(System.Numerics.Complex), (BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imaginary)))),
        PyObject folded => FoldedConst(folded),
        _ => throw new PyCompileError($"constants of type {value.GetType().Name}", null),
    };

    /// <summary>A folded constant: scalars share the entries of equal literals; tuples and frozensets are
    /// keyed by their contents.</summary>
    private int FoldedConst(PyObject value) => value switch
    {
        PyBool b => ConstOf(b.Value != 0),
        PyInt i => i.IsBig ? ConstOf(i.AsBig) : ConstOf(i.Value),
        PyFloat f => ConstOf(f.Value),
        PyStr s => ConstOf(s.Value),
        PyBytes bytes => ConstOf(bytes.Value),
        PyComplex c => ConstOf(c.Value),
        PyNone => ConstOf(null),
        _ when ReferenceEquals(value, Ops.Ellipsis) => Const(value, (typeof(Parser.Ast.EllipsisValue), null)),
        _ => Const(value, (typeof(PyObject), ConstantKey(value))),
    };

    private static string ConstantKey(PyObject o) => o switch
    {
        PyBool b => "b" + b.Value,
        PyInt i => "i" + i.AsBig,
        PyFloat f => "f" + BitConverter.DoubleToInt64Bits(f.Value),
        PyComplex c => "c" + BitConverter.DoubleToInt64Bits(c.Value.Real) + "," + BitConverter.DoubleToInt64Bits(c.Value.Imaginary),
        PyStr s => "s" + s.Value.Length + ":" + s.Value,
        PyBytes b => "y" + Convert.ToBase64String(b.Value),
        PyTuple t => "(" + string.Join(",", t.Items.Select(ConstantKey)) + ")",
        PySet set => "{" + string.Join(",", set.Items().Select(ConstantKey).Order(StringComparer.Ordinal)) + "}",
        _ => o.Type.Name,
    };

    private int CodeConst(PyCode code) => Const(code, (typeof(PyCode), code));

    private int Name(string name)
    {
        if (!_nameIndex.TryGetValue(name, out int i))
        {
            i = _nameIndex[name] = _names.Count;
            _names.Add(name);
        }
        return i;
    }

    private int Varname(string name)
    {
        int i = _varnames.IndexOf(name);
        if (i < 0)
        {
            i = _varnames.Count;
            _varnames.Add(name);
        }
        return i;
    }

    private void ReturnNone()
    {
        if (_asm.Last == Opcode.ReturnValue)
            return;
        _asm.Emit(Opcode.LoadConst, ConstOf(null));
        _asm.Emit(Opcode.ReturnValue);
    }

    /// <summary>Top-level expression statements print their values (compile mode "single").</summary>
    private bool _interactive;

    /// <summary>The class whose private names (<c>__x</c>) this code mangles: the innermost enclosing class.</summary>
    private string? _privateClass;

    private string Mangle(string name) => Mangling.Mangle(_privateClass, name);

    /// <summary>An attribute name, mangled, as an index into co_names.</summary>
    private int AttributeName(string attr) => Name(Mangle(attr));

    private void LoadName(string name)
    {
        name = Mangle(name);
        switch (NameAccess(name))
        {
            case Access.Fast: _asm.Emit(Opcode.LoadFast, Varname(name)); break;
            case Access.Deref: _asm.Emit(_scope.Kind == ScopeKind.Class ? Opcode.LoadClassderef : Opcode.LoadDeref, DerefIndex(name)); break;
            case Access.Global: _asm.Emit(Opcode.LoadGlobal, Name(name) << 1); break;
            default: _asm.Emit(Opcode.LoadName, Name(name)); break;
        }
    }

    private void StoreName(string name)
    {
        name = Mangle(name);
        switch (NameAccess(name))
        {
            case Access.Fast: _asm.Emit(Opcode.StoreFast, Varname(name)); break;
            case Access.Deref: _asm.Emit(Opcode.StoreDeref, DerefIndex(name)); break;
            case Access.Global: _asm.Emit(Opcode.StoreGlobal, Name(name)); break;
            default: _asm.Emit(Opcode.StoreName, Name(name)); break;
        }
    }

    private void DeleteName(string name)
    {
        name = Mangle(name);
        switch (NameAccess(name))
        {
            case Access.Fast: _asm.Emit(Opcode.DeleteFast, Varname(name)); break;
            case Access.Deref: _asm.Emit(Opcode.DeleteDeref, DerefIndex(name)); break;
            case Access.Global: _asm.Emit(Opcode.DeleteGlobal, Name(name)); break;
            default: _asm.Emit(Opcode.DeleteName, Name(name)); break;
        }
    }

    private enum Access
    {
        Fast,
        Deref,
        Global,
        Name,
    }

    private Access NameAccess(string name)
    {
        var scope = _scope.ScopeOf(name);
        bool optimized = _scope.Kind is ScopeKind.Function or ScopeKind.Comprehension;
        return scope switch
        {
            NameScope.GlobalExplicit => Access.Global,
            NameScope.GlobalImplicit when optimized => Access.Global,
            NameScope.Local when optimized => Access.Fast,
            NameScope.Free or NameScope.Cell when optimized => Access.Deref,
            NameScope.Free when _scope.Kind == ScopeKind.Class => Access.Deref,
            _ => Access.Name,
        };
    }
}

/// <summary>A construct the code generator does not handle yet.</summary>
public sealed class PyCompileError : Exception
{
    public PyCompileError(string what, LocatedNode? at)
        : base($"Adder cannot compile {what} yet" + (at is null ? "" : $" (line {at.Lineno})"))
    {
    }
}
