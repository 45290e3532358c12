namespace Adder.Runtime;

/// <summary>The attribute protocol (Objects/object.c: PyObject_GenericGetAttr) and instance creation.</summary>
public static partial class Ops
{
    /// <summary>
    /// Binds an attribute found on a type to the object it was looked up through: functions become
    /// bound methods, classmethods bind to the type, staticmethods unwrap.
    /// </summary>
    private static PyObject Bind(PyObject attr, PyObject? obj, PyType type) => attr switch
    {
        PyFunction f when obj is not null => new PyMethod(f, obj),
        PyBuiltinFunction { Self: null } b when obj is not null => new PyBuiltinFunction(b.Name, b.Invoke, obj),
        PyClassMethod cm => new PyMethod(cm.Function, type),
        PyStaticMethod sm => sm.Function,
        _ => attr,
    };

    private static PyObject? InstanceAttribute(PyObject obj, string name) => obj switch
    {
        PyInstance i => i.Attributes.Get(i.Type, name),
        PyBaseException e => e.Attributes.Get(e.Type, name),
        _ => null,
    };

    /// <summary>Generic lookup: data descriptors on the type, then the instance, then the type, then __getattr__.</summary>
    private static PyObject? GenericGetAttr(PyObject obj, string name)
    {
        if (obj is PyType type)
            return TypeGetAttr(type, name);
        if (obj is PySuper super)
            return super.Lookup(name);
        var typeAttr = obj.Type.Lookup(name);
        if (typeAttr is PyProperty property)
        {
            if (property.Getter is null)
                throw Errors.Raise(ExceptionTypes.AttributeError, $"property '{name}' of '{obj.Type.Name}' object has no getter");
            return Call(property.Getter, new[] { obj });
        }
        if (InstanceAttribute(obj, name) is { } value)
            return value;
        if (typeAttr is not null)
            return Bind(typeAttr, obj, obj.Type);
        if (obj.Type.IsHeapType && obj.Type.Lookup("__getattr__") is { } getattr)
        {
            try
            {
                return Call(getattr, new PyObject[] { obj, new PyStr(name) });
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                return null;
            }
        }
        return null;
    }

    private static PyObject? TypeGetAttr(PyType type, string name)
    {
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            return attr switch
            {
                PyClassMethod cm => new PyMethod(cm.Function, type),
                PyStaticMethod sm => sm.Function,
                _ => attr,
            };
        }
        return type.Type.Lookup(name) is { } meta ? Bind(meta, type, type.Type) : null;
    }

    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        if (obj.Type.Lookup(name) is PyProperty property)
        {
            if (property.Setter is null)
                throw Errors.Raise(ExceptionTypes.AttributeError, $"property '{name}' of '{obj.Type.Name}' object has no setter");
            Call(property.Setter, new[] { obj, value });
            return;
        }
        switch (obj)
        {
            case PyInstance i:
                i.Attributes.Set(i.Type, name, value);
                return;
            case PyBaseException e:
                if (name == "__cause__")
                {
                    e.Cause = value as PyBaseException;
                    e.SuppressContext = true;
                }
                else if (name == "__context__")
                {
                    e.Context = value as PyBaseException;
                }
                else if (name == "__suppress_context__")
                {
                    e.SuppressContext = IsTrue(value);
                }
                else
                {
                    e.Attributes.Set(e.Type, name, value);
                }
                return;
            case PyType t when t.IsHeapType:
                t.SetAttribute(name, value);
                return;
            case PyModule module:
                module.Set(name, value);
                return;
            case PyFunction f:
                SetFunctionAttribute(f, name, value);
                return;
        }
        if (obj is PyType builtin)
            throw Errors.Type($"cannot set '{name}' attribute of immutable type '{builtin.Name}'");
        throw Errors.Raise(ExceptionTypes.AttributeError, $"'{obj.Type.Name}' object has no attribute '{name}'");
    }

    private static void SetFunctionAttribute(PyFunction f, string name, PyObject value)
    {
        switch (name)
        {
            case "__name__":
                f.Name = value is PyStr n ? n.Value : throw Errors.Type("__name__ must be set to a string object");
                break;
            case "__qualname__":
                f.Qualname = value is PyStr q ? q.Value : throw Errors.Type("__qualname__ must be set to a string object");
                break;
            case "__defaults__":
                f.Defaults = value is PyNone ? Array.Empty<PyObject>()
                    : value is PyTuple t ? t.Items : throw Errors.Type("__defaults__ must be set to a tuple object");
                break;
            case "__kwdefaults__":
                f.KwDefaults = value is PyNone ? null : value as PyDict ?? throw Errors.Type("__kwdefaults__ must be set to a dict object");
                break;
            case "__annotations__":
                f.Annotations = value is PyNone ? null : value as PyDict ?? throw Errors.Type("__annotations__ must be set to a dict object");
                break;
            case "__dict__":
                f.Dict = value as PyDict ?? throw Errors.Type("__dict__ must be set to a dictionary, not a '" + value.Type.Name + "'");
                break;
            default:
                (f.Dict ??= new PyDict()).Set(name, value);
                break;
        }
    }

    public static void DelAttr(PyObject obj, string name)
    {
        if (obj is PyFunction { Dict: { } fdict } && fdict.Remove(new PyStr(name)))
            return;
        if (obj is PyInstance i && i.Attributes.Get(i.Type, name) is not null)
        {
            i.Attributes.Set(i.Type, name, null);
            return;
        }
        if (obj is PyType t && t.IsHeapType && t.Dict.Remove(name))
        {
            t.SetAttribute("__dummy__", PyNone.Instance);
            t.Dict.Remove("__dummy__");
            return;
        }
        throw Errors.Attribute(obj, name);
    }

    /// <summary>
    /// object.__new__ and the builtin layouts: an instance of <paramref name="type"/> made by its nearest
    /// builtin base (which uses the arguments, as int or tuple do), without calling __init__.
    /// </summary>
    public static PyObject Allocate(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwNames)
    {
        PyObject instance;
        if (type.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            instance = PyBaseException.Create(type, args.Slice(0, args.Length - (kwNames?.Items.Length ?? 0)));
        }
        else if (ReferenceEquals(type, PyType.Object) || ReferenceEquals(type.Base, PyType.Object) || type.Base is null)
        {
            instance = ReferenceEquals(type, PyType.Object) || type.IsHeapType ? new PyInstance(type)
                : throw Errors.Type($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
        }
        else if (type.Base.NewWithKeywords is { } keywordNew)
        {
            instance = keywordNew(type.Base, args, kwNames);
            instance.Type = type;
        }
        else if (type.Base.New is { } builtinNew)
        {
            instance = builtinNew(type.Base, args.Slice(0, args.Length - (kwNames?.Items.Length ?? 0)));
            instance.Type = type;
        }
        else
        {
            throw Errors.Type($"cannot create '{type.Name}' instances");
        }
        return instance;
    }

    /// <summary>Calling a class: __new__ (for classes with a builtin layout, the builtin's) then __init__.</summary>
    private static PyObject CreateInstance(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwNames)
    {
        PyObject instance;
        var newMethod = type.Lookup("__new__");
        if (newMethod is PyStaticMethod { Function: PyFunction pyNew } || newMethod is PyFunction)
        {
            var fn = newMethod is PyStaticMethod sm ? sm.Function : newMethod;
            var withCls = new PyObject[args.Length + 1];
            withCls[0] = type;
            args.CopyTo(withCls.AsSpan(1));
            instance = Call(fn, withCls, kwNames);
            if (!instance.Type.IsSubtypeOf(type))
                return instance;
        }
        else
        {
            instance = Allocate(type, args, kwNames);
        }

        var init = type.Lookup("__init__");
        if (init is PyFunction)
        {
            var withSelf = new PyObject[args.Length + 1];
            withSelf[0] = instance;
            args.CopyTo(withSelf.AsSpan(1));
            var result = Call(init, withSelf, kwNames);
            if (result is not PyNone)
                throw Errors.Type($"__init__() should return None, not '{result.Type.Name}'");
        }
        else if (args.Length > 0 && newMethod is null && instance is PyInstance)
        {
            throw Errors.Type($"{type.Name}() takes no arguments");
        }
        return instance;
    }
}
