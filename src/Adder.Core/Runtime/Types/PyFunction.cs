using Adder.Bytecode;

namespace Adder.Runtime;

/// <summary>A function defined in Python: code, globals, defaults and closure.</summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("function").Final();

    public PyFunction(PyCode code, PyDict globals, string qualname)
        : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Name = code.Name;
        Qualname = qualname;
    }

    public PyCode Code;
    public PyDict Globals;
    public string Name;
    public string Qualname;
    public PyObject[] Defaults = Array.Empty<PyObject>();
    public PyDict? KwDefaults;
    /// <summary>As MAKE_FUNCTION leaves it (a flat tuple of names and values) until __annotations__ asks for the dict.</summary>
    public PyObject? Annotations;
    public PyObject[] Closure = Array.Empty<PyObject>();

    /// <summary>Attributes set on the function (func.__dict__), created on first use.</summary>
    public PyDict? Dict;

    private PyObject? _doc;
    private PyObject? _module;

    /// <summary>__doc__: the docstring (the code's first constant) unless reassigned.</summary>
    public PyObject Doc
    {
        get => _doc ??= Code.Consts.Length > 0 && Code.Consts[0] is PyStr doc ? doc : PyNone.Instance;
        set => _doc = value;
    }

    /// <summary>__module__: the name of the module the function was defined in.</summary>
    public PyObject Module
    {
        get => _module ??= Globals.Get("__name__") ?? PyNone.Instance;
        set => _module = value;
    }

    public PyDict AnnotationsDict()
    {
        if (Annotations is PyDict d)
            return d;
        var dict = new PyDict();
        if (Annotations is PyTuple pairs)
        {
            for (int i = 0; i + 1 < pairs.Items.Length; i += 2)
                dict.Set(pairs.Items[i], pairs.Items[i + 1]);
        }
        Annotations = dict;
        return dict;
    }
}

/// <summary>A cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("cell").Final();

    public PyCell(PyObject? contents)
        : base(TypeObject)
    {
        Contents = contents;
    }

    public PyObject? Contents;
}

/// <summary>CPython's calling conventions for methods of builtin types, as far as argument checks go.</summary>
public enum CallShape : byte
{
    /// <summary>The method checks its arguments itself.</summary>
    Any,
    /// <summary>METH_NOARGS: nothing after self.</summary>
    NoArgs,
    /// <summary>METH_O: exactly one positional argument.</summary>
    OneArg,
    /// <summary>METH_VARARGS: positional arguments only, their number checked by the method; a bound method's
    /// message names only the method.</summary>
    VarArgs,
    /// <summary>METH_FASTCALL without keywords (Argument Clinic, positional only): as VarArgs, but messages name
    /// the type too.</summary>
    FastCall,
}

/// <summary>
/// A function implemented in C#: a plain builtin function, a method of a builtin type (unbound, it is a
/// method_descriptor that checks the type of its first argument; bound, a builtin method with
/// <see cref="Self"/>), or the builtin implementation of a special method (<see cref="IsSlot"/>).
/// </summary>
/// <summary>The builtins with specialized calls of their own (see <see cref="PyBuiltinFunction.Intrinsic"/>).</summary>
internal enum Intrinsic : byte
{
    None,
    Len,
    IsInstance,
    ListAppend,
}

public sealed class PyBuiltinFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method");
    private static readonly PyType s_methodDescriptor = PyType.Builtin("method_descriptor");
    private static readonly PyType s_wrapperDescriptor = PyType.Builtin("wrapper_descriptor");
    private static readonly PyType s_methodWrapper = PyType.Builtin("method-wrapper");

    /// <summary>The four types builtin functions and methods have.</summary>
    public static PyType[] Types => new[] { TypeObject, s_methodDescriptor, s_wrapperDescriptor, s_methodWrapper };

    public delegate PyObject Body(ReadOnlySpan<PyObject> args, PyObject[]? kwNames);

    public PyBuiltinFunction(string name, Body body, PyObject? self = null)
        : base(TypeObject)
    {
        Name = name;
        Invoke = body;
        Self = self;
    }

    public string Name { get; }
    public Body Invoke { get; }

    /// <summary>Which of the builtins the interpreter calls without their body this is (len, isinstance,
    /// list.append: CALL_NO_KW_LEN...), so that the specialized call checks one field rather than the
    /// callable's identity against its inline cache.</summary>
    internal Intrinsic Intrinsic { get; set; }

    /// <summary>For builtins that consume an iterable (sum, str.join): which argument, and the consumer the
    /// interpreter feeds when it is a generator (see IterableConsumer).</summary>
    internal (int Argument, Interpreter.IterableConsumer.Factory Make)? Consumes { get; set; }

    /// <summary>The object a method is bound to, or null for a plain function.</summary>
    public PyObject? Self { get; }

    /// <summary>The type whose method this is (null for plain functions).</summary>
    public PyType? Owner
    {
        get => _owner;
        init
        {
            _owner = value;
            Type = s_methodDescriptor;
        }
    }

    private readonly PyType? _owner;

    /// <summary>The builtin implementation of a special method (a wrapper_descriptor).</summary>
    public bool IsSlot
    {
        get => _isSlot;
        init
        {
            _isSlot = value;
            Type = value ? s_wrapperDescriptor : Type;
        }
    }

    private readonly bool _isSlot;

    /// <summary>For a method of a builtin type: the calling convention whose argument checks run before it.</summary>
    public CallShape Shape { get; init; }

    /// <summary>
    /// The argument checks of CPython's calling conventions (METH_NOARGS, METH_O, METH_VARARGS, METH_FASTCALL),
    /// with their messages: a method descriptor names its owner (str.upper()); a bound method names its object's
    /// type, or only itself for METH_VARARGS (methodobject.c).
    /// </summary>
    public void CheckShape(int given, PyObject[]? kwNames)
    {
        bool keywords = kwNames is { Length: > 0 };
        if (Shape is CallShape.VarArgs or CallShape.FastCall)
        {
            if (keywords)
                throw Errors.Type($"{(Shape == CallShape.VarArgs && Self is not null ? Name + "()" : Qualified())} takes no keyword arguments");
            return;
        }
        if (keywords)
            throw Errors.Type($"{Qualified()} takes no keyword arguments");
        if (Shape == CallShape.NoArgs && given != 0)
            throw Errors.Type($"{Qualified()} takes no arguments ({given} given)");
        if (Shape == CallShape.OneArg && given != 1)
            throw Errors.Type($"{Qualified()} takes exactly one argument ({given} given)");
    }

    private string Qualified() =>
        Self is not null ? $"{Self.Type.Qualname}.{Name}()" : _owner is not null ? $"{_owner.Qualname}.{Name}()" : $"{Name}()";

    /// <summary>For a special method's wrapper, the positional arguments it takes after self (see PyType.Slot);
    /// for a builtin function, the range of positional arguments it accepts.</summary>
    public (sbyte Min, sbyte Max)? Arity { get; init; }

    /// <summary>A wrapper's argument checks (typeobject.c's wrappers): no keywords, a fixed number of arguments,
    /// in check_num_args' or PyArg_UnpackTuple's wording (<see cref="UnpacksTuple"/>).</summary>
    public void CheckArity(int given, PyObject[]? kwNames)
    {
        bool function = _owner is null; // a builtin function checking its positional arguments (_PyArg_CheckPositional)
        if (kwNames is { Length: > 0 })
            throw Errors.Type(function ? $"{Name}() takes no keyword arguments" : $"wrapper {Name}() takes no keyword arguments");
        var (min, max) = Arity!.Value;
        if (given >= min && given <= max)
            return;
        string prefix = function ? Name + " " : UnpacksTuple ? " " : "";
        string bound = min == max ? "" : given < min ? "at least " : "at most ";
        int count = given < min ? min : max;
        throw Errors.Type($"{prefix}expected {bound}{count} argument{(count == 1 ? "" : "s")}, got {given}");
    }

    /// <summary>A wrapper that checks its arguments with PyArg_UnpackTuple and an empty name (its messages
    /// start with a space), rather than check_num_args.</summary>
    public bool UnpacksTuple { get; init; }

    public bool IsMethodDescriptor => _owner is not null && Self is null;

    /// <summary>Whether <paramref name="given"/> positional arguments (after self) pass the checks of
    /// <see cref="CheckArity"/> and <see cref="CheckShape"/> (what specialized calls check only once).</summary>
    internal bool AcceptsPositional(int given) => Arity is { } arity
        ? given >= arity.Min && given <= arity.Max
        : Shape switch
        {
            CallShape.NoArgs => given == 0,
            CallShape.OneArg => given == 1,
            _ => true,
        };

    public PyBuiltinFunction BindTo(PyObject self)
    {
        var bound = new PyBuiltinFunction(Name, Invoke, self) { Owner = _owner, IsSlot = _isSlot, Arity = Arity, Shape = Shape, UnpacksTuple = UnpacksTuple };
        bound.Type = _isSlot ? s_methodWrapper : TypeObject;
        return bound;
    }

    /// <summary>An unbound method called with its instance as the first argument: checks its type.</summary>
    public void CheckSelf(ReadOnlySpan<PyObject> args)
    {
        var owner = _owner!;
        if (args.Length == 0)
            throw Errors.Type($"unbound method {owner.Name}.{Name}() needs an argument");
        if (!args[0].Type.IsSubtypeOf(owner))
        {
            throw Errors.Type(IsSlot
                ? $"descriptor '{Name}' requires a '{owner.Name}' object but received a '{args[0].Type.Name}'"
                : $"descriptor '{Name}' for '{owner.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
        }
    }
}
