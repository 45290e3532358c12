using System.Runtime.CompilerServices;

namespace Adder.Runtime;

/// <summary>
/// The attribute protocol (Objects/object.c: PyObject_GenericGetAttr, type_getattro, slot_tp_getattr_hook):
/// data descriptors on the type, then the instance's own attributes, then the type's other attributes;
/// __getattribute__, __getattr__, __setattr__ and __delattr__ of classes; and instance creation.
/// </summary>
public static partial class Ops
{
    public static PyObject GetAttr(PyObject obj, string name) => TryGetAttr(obj, name) ?? throw AttributeError(obj, name);

    internal static PyException AttributeError(PyObject obj, string name)
    {
        var e = Errors.Attribute(obj, name);
        if (obj is PyType t)
            e.Value.Args = new PyTuple(new PyObject[] { new PyStr($"type object '{t.Name}' has no attribute '{name}'") });
        else if (obj is PyModule m)
            e.Value.Args = new PyTuple(new PyObject[] { new PyStr($"module '{m.Name}' has no attribute '{name}'") });
        return e;
    }

    /// <summary>obj.name, or null when there is no such attribute. An AttributeError raised by Python code
    /// (a property, __getattr__) propagates; <see cref="LookupAttr"/> absorbs those too.</summary>
    public static PyObject? TryGetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (!type.IsHeapType || type.HasPlainGetAttr)
            return BuiltinGetAttr(obj, name);
        var getattribute = type.LookupOverride("__getattribute__");
        var getattr = type.Lookup("__getattr__");
        if (getattribute is null && getattr is null)
            return BuiltinGetAttr(obj, name);
        try
        {
            var found = getattribute is null ? BuiltinGetAttr(obj, name) : Call(getattribute, new PyObject[] { obj, new PyStr(name) });
            if (found is not null || getattr is null)
                return found;
        }
        catch (PyException e) when (getattr is not null && e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
        }
        return Call(getattr, new PyObject[] { obj, new PyStr(name) });
    }

    /// <summary>getattr(obj, name, default) and hasattr: null for any AttributeError.</summary>
    public static PyObject? LookupAttr(PyObject obj, string name)
    {
        try
        {
            return TryGetAttr(obj, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return null;
        }
    }

    /// <summary>object.__getattribute__ and type.__getattribute__: the lookup without the class's hooks.</summary>
    internal static PyObject? BuiltinGetAttr(PyObject obj, string name) => obj switch
    {
        PyType t => TypeGetAttr(t, name),
        PySuper s => s.Lookup(name) ?? GenericGetAttr(obj, name),
        PyModule m => GenericGetAttr(obj, name) ?? ModuleGetAttr(m, name),
        // A bound method shows its function's attributes (__name__, __qualname__, __module__...).
        PyMethod m => GenericGetAttr(obj, name) ?? TryGetAttr(m.Function, name),
        _ => GenericGetAttr(obj, name),
    };

    private static PyObject? ModuleGetAttr(PyModule m, string name) =>
        m.Dict.Get("__getattr__") is { } hook ? Call(hook, new PyObject[] { new PyStr(name) }) : null;

    private static PyObject? GenericGetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name, out int sharedKey);
        if (attr is not null && IsDataDescriptor(attr))
            return DescriptorGet(attr, obj, type);
        if (obj is PyInstance { Attributes.HasDict: false } instance)
        {
            // The instance's values, at the index the same lookup gave.
            if (instance.Attributes.ValueAt(sharedKey) is { } value)
                return value;
        }
        else if (InstanceDict(obj, create: false) is { } dict)
        {
            if (dict.Get(name) is { } own)
                return own;
        }
        else if (InstanceAttribute(obj, name) is { } value)
        {
            return value;
        }
        return attr is null ? null : DescriptorGet(attr, obj, type);
    }

    private static PyObject? TypeGetAttr(PyType type, string name)
    {
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr is not null && IsDataDescriptor(metaAttr))
            return DescriptorGet(metaAttr, type, meta);
        if (type.Lookup(name) is { } attr)
            return DescriptorGet(attr, null, type);
        return metaAttr is null ? null : DescriptorGet(metaAttr, type, meta);
    }

    /// <summary>Whether a class attribute takes precedence over the instance's own (it has __set__ or __delete__).</summary>
    internal static bool IsDataDescriptor(PyObject attr) => attr switch
    {
        PyProperty or PyGetSetDescriptor or PyMemberDescriptor => true,
        PyFunction or PyBuiltinFunction or PyStr or PyInt => false,
        _ => attr.Type.IsHeapType && (attr.Type.Lookup("__set__") is not null || attr.Type.Lookup("__delete__") is not null),
    };

    private static bool IsDescriptor(PyObject o) =>
        o is PyProperty or PyClassMethod or PyStaticMethod || o.Type.IsHeapType && o.Type.Lookup("__get__") is not null;

    /// <summary>descriptor.__get__(obj, type); <paramref name="obj"/> is null for a lookup through the class.</summary>
    internal static PyObject DescriptorGet(PyObject attr, PyObject? obj, PyType type) => attr switch
    {
        PyFunction f => obj is null ? f : new PyMethod(f, obj),
        PyBuiltinFunction { IsMethodDescriptor: true } b => obj is null ? b : b.BindTo(obj),
        // A class method binds to the class; wrapping another descriptor (a property), it passes the class on.
        PyClassMethod { Function: PyFunction or PyBuiltinFunction } cm => new PyMethod(cm.Function, type),
        PyClassMethod cm when IsDescriptor(cm.Function) => DescriptorGet(cm.Function, type, type),
        PyClassMethod cm => new PyMethod(cm.Function, type),
        PyStaticMethod sm => sm.Function,
        PyProperty p => obj is null ? p : PropertyGet(p, obj),
        PyGetSetDescriptor g => obj is null ? g : g.Get(obj),
        PyMemberDescriptor m => obj is null ? m : m.Get(obj),
        PyStr or PyInt or PyNone or PyTuple or PyDict or PyList => attr,
        _ when attr.Type.IsHeapType && attr.Type.Lookup("__get__") is { } get =>
            Call(get, new PyObject[] { attr, obj ?? PyNone.Instance, type }),
        _ => attr,
    };

    private static PyObject PropertyGet(PyProperty p, PyObject obj) =>
        p.Getter is null
            ? throw Errors.Raise(ExceptionTypes.AttributeError, $"property {PropertyName(p)}of '{obj.Type.Name}' object has no getter")
            : Call(p.Getter, new[] { obj });

    private static string PropertyName(PyProperty p) => p.Name is { } n ? $"'{n}' " : "";

    /// <summary>An attribute of the instance itself, for objects whose attributes are not (yet) a dict.</summary>
    private static PyObject? InstanceAttribute(PyObject obj, string name) => obj switch
    {
        PyInstance i => i.Attributes.Get(i.Type, name),
        PyBaseException e => e.Attributes.Get(e.Type, name),
        _ => null,
    };

    // Instances of classes derived from builtins other than object keep their attributes here.
    private static readonly ConditionalWeakTable<PyObject, PyDict> s_extraDicts = new();

    /// <summary>The instance's attribute dict if it has one (created if asked), or null.</summary>
    internal static PyDict? InstanceDict(PyObject obj, bool create) => obj switch
    {
        PyInstance i => i.Attributes.HasDict || create ? i.Attributes.GetDict(i.Type) : null,
        PyBaseException e => e.Attributes.HasDict || create ? e.Attributes.GetDict(e.Type) : null,
        PyFunction f => f.Dict is not null || !create ? f.Dict : f.Dict = new PyDict(),
        PyModule m => m.Dict,
        PyType => null,
        _ when obj.Type.IsHeapType && obj.Type.HasInstanceDict =>
            create ? s_extraDicts.GetValue(obj, static _ => new PyDict()) : s_extraDicts.TryGetValue(obj, out var d) ? d : null,
        _ => null,
    };

    internal static void SetInstanceDict(PyObject obj, PyObject value)
    {
        var dict = value as PyDict ?? throw Errors.Type($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
        switch (obj)
        {
            case PyInstance i:
                i.Attributes.SetDict(dict);
                break;
            case PyBaseException e:
                e.Attributes.SetDict(dict);
                break;
            case PyFunction f:
                f.Dict = dict;
                break;
            default:
                s_extraDicts.AddOrUpdate(obj, dict);
                break;
        }
    }

    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        if (obj.Type.IsHeapType && !obj.Type.HasPlainSetAttr && obj.Type.LookupOverride("__setattr__") is { } setattr)
            Call(setattr, new PyObject[] { obj, new PyStr(name), value });
        else
            BuiltinSetAttr(obj, name, value);
    }

    public static void DelAttr(PyObject obj, string name)
    {
        if (obj.Type.IsHeapType && obj.Type.LookupOverride("__delattr__") is { } delattr)
            Call(delattr, new PyObject[] { obj, new PyStr(name) });
        else
            BuiltinSetAttr(obj, name, null);
    }

    /// <summary>object.__setattr__ / __delattr__ (a null value deletes), and type's for classes.</summary>
    internal static void BuiltinSetAttr(PyObject obj, string name, PyObject? value)
    {
        if (obj is PyType t)
        {
            TypeSetAttr(t, name, value);
            return;
        }
        var type = obj.Type;
        var attr = type.Lookup(name, out int sharedKey);
        if (attr is not null && IsDataDescriptor(attr))
        {
            DescriptorSet(attr, obj, value);
            return;
        }
        // The usual case: an instance's attribute with a place in its values already.
        if (value is not null && sharedKey >= 0 && obj is PyInstance { Type.HasInstanceDict: true } plain && plain.Attributes.TryStoreAt(sharedKey, value))
            return;
        if (obj is PyInstance && type == PyType.Object)
            throw Errors.Raise(ExceptionTypes.AttributeError, $"'object' object has no attribute '{name}'");
        if (obj is PyInstance { Type.HasInstanceDict: false } slotted && !slotted.Attributes.HasDict)
        {
            throw Errors.Raise(ExceptionTypes.AttributeError, attr is null
                ? $"'{type.Name}' object has no attribute '{name}'"
                : $"'{type.Name}' object attribute '{name}' is read-only");
        }
        if (obj is PyInstance instance && !instance.Attributes.HasDict)
        {
            if (value is null && instance.Attributes.Get(type, name) is null)
                throw Errors.Attribute(obj, name);
            instance.Attributes.Set(type, name, value);
            return;
        }
        if (obj is PyBaseException exception && !exception.Attributes.HasDict)
        {
            if (value is null && exception.Attributes.Get(type, name) is null)
                throw Errors.Attribute(obj, name);
            exception.Attributes.Set(type, name, value);
            return;
        }
        if (InstanceDict(obj, create: true) is { } dict)
        {
            if (value is not null)
                dict.Set(name, value);
            else if (!dict.Remove(new PyStr(name)))
                throw AttributeError(obj, name);
            return;
        }
        throw Errors.Raise(ExceptionTypes.AttributeError, attr is null
            ? $"'{type.Name}' object has no attribute '{name}'"
            : $"'{type.Name}' object attribute '{name}' is read-only");
    }

    private static void TypeSetAttr(PyType type, string name, PyObject? value)
    {
        if (!type.IsHeapType)
            throw Errors.Type($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        if (type.Type.Lookup(name) is { } metaAttr && IsDataDescriptor(metaAttr))
        {
            DescriptorSet(metaAttr, type, value);
            return;
        }
        if (value is not null)
            type.SetAttribute(name, value);
        else if (!type.RemoveAttribute(name))
            throw AttributeError(type, name);
    }

    /// <summary>descriptor.__set__(obj, value), or __delete__(obj) when <paramref name="value"/> is null.</summary>
    internal static void DescriptorSet(PyObject descriptor, PyObject obj, PyObject? value)
    {
        switch (descriptor)
        {
            case PyProperty p:
            {
                var accessor = value is null ? p.Deleter : p.Setter;
                if (accessor is null)
                {
                    throw Errors.Raise(ExceptionTypes.AttributeError,
                        $"property {PropertyName(p)}of '{obj.Type.Name}' object has no {(value is null ? "deleter" : "setter")}");
                }
                Call(accessor, value is null ? new[] { obj } : new[] { obj, value });
                return;
            }
            case PyGetSetDescriptor g:
                g.Set(obj, value);
                return;
            case PyMemberDescriptor m:
                m.Set(obj, value);
                return;
        }
        string method = value is null ? "__delete__" : "__set__";
        var hook = descriptor.Type.Lookup(method) ?? throw Errors.Raise(ExceptionTypes.AttributeError, method);
        Call(hook, value is null ? new[] { descriptor, obj } : new[] { descriptor, obj, value });
    }
}
