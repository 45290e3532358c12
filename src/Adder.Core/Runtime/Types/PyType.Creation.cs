namespace Adder.Runtime;

/// <summary>
/// Making classes and calling them (Objects/typeobject.c: type_new, type_call, object_new, object_init;
/// Python/bltinmodule.c: builtin___build_class__), and the attributes every type and object has.
/// </summary>
public sealed partial class PyType
{
    /// <summary>__build_class__(func, name, *bases, metaclass=..., **kwds): the class statement.</summary>
    internal static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        int nkw = kwNames?.Length ?? 0;
        if (args.Length - nkw < 2)
            throw Errors.Type("__build_class__: not enough arguments");
        var body = args[0] as PyFunction ?? throw Errors.Type("__build_class__: func must be a function");
        string name = args[1] is PyStr s ? s.Value : throw Errors.Type("__build_class__: name is not a string");
        var origBases = args.Slice(2, args.Length - nkw - 2).ToArray();
        var bases = ResolveMroEntries(origBases);

        PyObject? meta = null;
        var keywordValues = new List<PyObject>();
        var keywordNames = new List<PyObject>();
        for (int k = 0; k < nkw; k++)
        {
            var value = args[args.Length - nkw + k];
            if (((PyStr)kwNames![k]).Value == "metaclass")
            {
                meta = value;
                continue;
            }
            keywordNames.Add(kwNames[k]);
            keywordValues.Add(value);
        }
        meta ??= bases.Length > 0 ? bases[0].Type : TypeType;
        if (meta is PyType metaType)
            meta = WinningMetatype(metaType, bases);
        var keywords = keywordNames.Count == 0 ? null : new PyTuple(keywordNames.ToArray());

        var basesTuple = new PyTuple(bases);
        PyObject ns;
        if (Ops.LookupAttr(meta, "__prepare__") is { } prepare)
        {
            var prepareArgs = new List<PyObject> { new PyStr(name), basesTuple };
            prepareArgs.AddRange(keywordValues);
            ns = Ops.Call(prepare, prepareArgs.ToArray(), keywords);
        }
        else
        {
            ns = new PyDict();
        }
        var namespaceDict = ns as PyDict ?? throw Errors.Type(
            $"{(meta is PyType mt ? mt.Name : "metaclass")}.__prepare__() must return a mapping, not {ns.Type.Name}");
        if (!ReferenceEquals(bases, origBases) && bases.Length != origBases.Length || !bases.AsSpan().SequenceEqual(origBases))
            namespaceDict.Set("__orig_bases__", new PyTuple(origBases));
        var cell = Interpreter.Interpreter.RunClassBody(body, namespaceDict);
        var callArgs = new List<PyObject> { new PyStr(name), basesTuple, namespaceDict };
        callArgs.AddRange(keywordValues);
        var cls = Ops.Call(meta, callArgs.ToArray(), keywords);
        if (cell is PyCell classCell && cls is PyType && !ReferenceEquals(classCell.Contents, cls))
        {
            if (classCell.Contents is null)
                throw Errors.Raise(ExceptionTypes.RuntimeError, $"__class__ not set defining '{name}' as {Ops.Repr(cls)}. Was __classcell__ propagated to type.__new__?");
            throw Errors.Type($"__class__ set to {Ops.Repr(classCell.Contents)} defining '{name}' as {Ops.Repr(cls)}");
        }
        return cls;
    }

    /// <summary>Bases that are not classes but have __mro_entries__ (list[int], typing generics) name their classes.</summary>
    private static PyObject[] ResolveMroEntries(PyObject[] bases)
    {
        List<PyObject>? resolved = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b is not PyType && Ops.LookupAttr(b, "__mro_entries__") is { } entries)
            {
                resolved ??= new List<PyObject>(bases[..i]);
                var replacement = Ops.Call(entries, new PyObject[] { new PyTuple(bases) });
                resolved.AddRange(replacement as PyTuple is { } t ? t.Items : throw Errors.Type("__mro_entries__ must return a tuple"));
            }
            else
            {
                resolved?.Add(b);
            }
        }
        return resolved?.ToArray() ?? bases;
    }

    /// <summary>The most derived of the metaclass and the bases' metaclasses.</summary>
    private static PyType WinningMetatype(PyType meta, ReadOnlySpan<PyObject> bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var baseMeta = b.Type;
            if (winner.IsSubtypeOf(baseMeta))
                continue;
            if (baseMeta.IsSubtypeOf(winner))
            {
                winner = baseMeta;
                continue;
            }
            throw Errors.Type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type.__new__(metatype, name, bases, namespace, **kwds).</summary>
    private static PyObject TypeNew(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        int nkw = kwNames?.Length ?? 0;
        int positional = args.Length - nkw;
        if (positional < 1 || args[0] is not PyType metatype)
            throw Errors.Type("type.__new__(X): X is not a type object");
        if (!metatype.IsSubtypeOf(TypeType))
            throw Errors.Type($"type.__new__({metatype.Name}): {metatype.Name} is not a subtype of type");
        if (positional == 2 && ReferenceEquals(metatype, TypeType) && nkw == 0)
            return args[1].Type;
        if (positional != 4)
            throw Errors.Type("type() takes 1 or 3 arguments");
        if (args[1] is not PyStr className)
            throw Errors.Type($"type.__new__() argument 1 must be str, not {args[1].Type.Name}");
        if (args[2] is not PyTuple baseTuple)
            throw Errors.Type($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}");
        if (args[3] is not PyDict ns)
            throw Errors.Type($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");

        var bases = new PyType[baseTuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (ReferenceEquals(baseTuple.Items[i], baseTuple.Items[j]))
                    throw Errors.Type($"duplicate base class {((PyType)baseTuple.Items[i]).Name}");
            }
            bases[i] = baseTuple.Items[i] as PyType ?? throw Errors.Type(
                baseTuple.Items[i].Type.IsSubtypeOf(TypeType) ? "bases must be types" : $"type.__new__() argument 2 must contain types");
            if (bases[i].IsFinal)
                throw Errors.Type($"type '{bases[i].Name}' is not an acceptable base type");
        }
        var winner = WinningMetatype(metatype, baseTuple.Items);
        if (!ReferenceEquals(winner, metatype))
        {
            // type(name, bases, ns) with a base whose metaclass is more derived: that metaclass makes the class.
            if (winner.Lookup("__new__") is { } winnerNew && !(winnerNew is PyStaticMethod { Function: PyBuiltinFunction { IsSlot: true } }))
            {
                var forwarded = args.ToArray();
                forwarded[0] = winner;
                return Ops.Call(Ops.DescriptorGet(winnerNew, null, winner), forwarded, kwNames is null ? null : new PyTuple(kwNames));
            }
            metatype = winner;
        }
        CheckLayouts(bases);

        var dict = new Dictionary<string, PyObject>();
        foreach (var (key, value) in ns.Items())
        {
            if (key is PyStr s)
                dict[s.Value] = value;
        }
        if (!dict.ContainsKey("__module__") && Interpreter.Interpreter.CurrentGlobals().Get("__name__") is { } module)
            dict["__module__"] = module;
        string qualname = className.Value;
        if (dict.Remove("__qualname__", out var q))
            qualname = q is PyStr qs ? qs.Value : throw Errors.Type($"type __qualname__ must be a str, not {q.Type.Name}");
        dict.Remove("__classcell__", out var cell);
        if (!dict.ContainsKey("__doc__"))
            dict["__doc__"] = PyNone.Instance;
        // Implicit static and class methods.
        if (dict.TryGetValue("__new__", out var newFn) && newFn is PyFunction)
            dict["__new__"] = new PyStaticMethod(newFn);
        foreach (var implicitClassMethod in new[] { "__init_subclass__", "__class_getitem__" })
        {
            if (dict.TryGetValue(implicitClassMethod, out var fn) && fn is PyFunction)
                dict[implicitClassMethod] = new PyClassMethod(fn);
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (dict.ContainsKey("__eq__") && !dict.ContainsKey("__hash__"))
            dict["__hash__"] = PyNone.Instance;

        var slotNames = dict.TryGetValue("__slots__", out var slots) ? SlotNames(slots, className.Value) : null;
        var cls = new PyType(className.Value, bases, metatype, dict) { Qualname = qualname };
        bool baseHasDict = false;
        foreach (var b in cls.Mro)
        {
            if (b.IsHeapType && !ReferenceEquals(b, cls) && b.HasInstanceDict)
                baseHasDict = true;
        }
        foreach (var b in bases)
            cls.SlotCount = Math.Max(cls.SlotCount, b.SlotCount);
        if (slotNames is not null)
        {
            cls.HasInstanceDict = baseHasDict || slotNames.Contains("__dict__");
            foreach (var slot in slotNames)
            {
                if (slot is "__dict__" or "__weakref__")
                    continue;
                string mangled = Compiler.Mangling.Mangle(className.Value, slot);
                if (dict.ContainsKey(mangled))
                    throw Errors.Value($"'{slot}' in __slots__ conflicts with class variable");
                dict[mangled] = new PyMemberDescriptor(cls, mangled, cls.SlotCount++);
            }
        }
        if (cls.HasInstanceDict && !baseHasDict && ReferenceEquals(cls.Base, Object))
        {
            dict.TryAdd("__dict__", new PyGetSetDescriptor(cls, "__dict__", o => Ops.InstanceDict(o, create: true)!, (o, v) =>
                Ops.SetInstanceDict(o, v ?? throw Errors.Type("cannot delete __dict__"))));
            dict.TryAdd("__weakref__", new PyGetSetDescriptor(cls, "__weakref__", o => PyNone.Instance, null));
        }
        if (cell is PyCell classCell)
            classCell.Contents = cls;

        // __set_name__ on the class's attributes, then the parent's __init_subclass__.
        foreach (var (key, value) in new List<KeyValuePair<string, PyObject>>(dict))
        {
            if (value is PyProperty p)
                p.Name ??= key;
            else if (value.Type.IsHeapType && value.Type.Lookup("__set_name__") is { } setName)
                Ops.Call(setName, new PyObject[] { value, cls, new PyStr(key) });
        }
        var initSubclass = new PySuper(cls, cls).Lookup("__init_subclass__");
        if (initSubclass is not null)
            Ops.Call(initSubclass, args[4..], kwNames is null ? null : new PyTuple(kwNames));
        return cls;
    }

    /// <summary>A type that cannot be subclassed (bool, NoneType, function...).</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Marks a builtin type as not subclassable.</summary>
    public PyType Final()
    {
        IsFinal = true;
        return this;
    }

    private static List<string> SlotNames(PyObject slots, string className)
    {
        var names = new List<string>();
        var items = slots is PyStr single ? new PyObject[] { single } : Ops.UnpackSequenceAny(slots);
        foreach (var item in items)
        {
            if (item is not PyStr name)
                throw Errors.Type($"__slots__ items must be strings, not '{item.Type.Name}'");
            if (!Common.UnicodeInfo.IsIdentifier(name.Value))
                throw Errors.Type("__slots__ must be identifiers");
            names.Add(name.Value);
        }
        return names;
    }

    /// <summary>Bases whose instances need different C# representations cannot be combined.</summary>
    private static void CheckLayouts(PyType[] bases)
    {
        PyType? layout = null;
        foreach (var b in bases)
        {
            var candidate = b.IsHeapType ? b.Base ?? Object : b;
            while (candidate.Base is not null && !candidate.HasOwnLayout)
                candidate = candidate.Base;
            if (layout is null || layout.IsSubtypeOf(candidate))
                layout ??= candidate;
            else if (candidate.IsSubtypeOf(layout))
                layout = candidate;
            else
                throw Errors.Type("multiple bases have instance lay-out conflict");
        }
    }

    /// <summary>Whether instances of this builtin type have their own C# representation (not their base's).</summary>
    public bool HasOwnLayout { get; init; } = true;

    /// <summary>type.__call__: cls(*args) runs cls.__new__ and then, on an instance of cls, __init__.</summary>
    internal static PyObject CallType(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwNames)
    {
        var newAttr = type.Lookup("__new__");
        PyObject instance;
        // object.__new__ and the __new__ of builtin types (but type's, which makes classes) allocate directly.
        if (newAttr is PyStaticMethod { Function: PyBuiltinFunction { IsSlot: true } } && !type.IsSubtypeOf(TypeType))
        {
            instance = ObjectNew(type, args, kwNames);
        }
        else if (newAttr is null)
        {
            throw Errors.Type($"cannot create '{type.Name}' instances");
        }
        else
        {
            var withCls = new PyObject[args.Length + 1];
            withCls[0] = type;
            args.CopyTo(withCls.AsSpan(1));
            instance = Ops.Call(Ops.DescriptorGet(newAttr, null, type), withCls, kwNames);
        }
        if (!instance.Type.IsSubtypeOf(type))
            return instance;
        var init = instance.Type.Lookup("__init__");
        if (init is PyBuiltinFunction { IsSlot: true } builtinInit && ReferenceEquals(builtinInit, s_objectInit))
        {
            if (args.Length > 0 && ReferenceEquals(instance.Type.Base ?? Object, Object) && ReferenceEquals(instance.Type.Lookup("__new__"), s_objectNewStatic))
                throw Errors.Type($"{instance.Type.Name}() takes no arguments");
            return instance;
        }
        if (init is not null)
        {
            var withSelf = new PyObject[args.Length + 1];
            withSelf[0] = instance;
            args.CopyTo(withSelf.AsSpan(1));
            var result = Ops.Call(Ops.DescriptorGet(init, null, instance.Type), withSelf, kwNames);
            if (result is not PyNone)
                throw Errors.Type($"__init__() should return None, not '{result.Type.Name}'");
        }
        return instance;
    }

    /// <summary>Whether calling this builtin type only runs its C# constructor: no __init__ to call, nothing
    /// to fill in afterwards (CALL_BUILTIN_CLASS then calls <see cref="Construct"/> itself).</summary>
    internal bool ConstructsDirectly =>
        !IsHeapType && ReferenceEquals(Type, TypeType) && !ReferenceEquals(this, TypeType) && !ReferenceEquals(this, Object)
            && (NewWithKeywords is not null || New is not null)
            && Lookup("__new__") is PyStaticMethod { Function: PyBuiltinFunction { IsSlot: true } }
            && ReferenceEquals(Lookup("__init__"), s_objectInit) && !IsSubtypeOf(ExceptionTypes.BaseException);

    /// <summary>An instance from positional arguments, as calling the type does when <see cref="ConstructsDirectly"/>.</summary>
    internal PyObject Construct(ReadOnlySpan<PyObject> args) => NewWithKeywords is { } withKeywords ? withKeywords(this, args, null) : New!(this, args);

    /// <summary>Whether calling <paramref name="type"/> makes a plain instance with object.__new__ (so the
    /// caller may make it and call __init__ itself, as CALL_ALLOC_AND_ENTER_INIT does).</summary>
    internal static bool MakesPlainInstances(PyType type) =>
        ReferenceEquals(type.Base ?? Object, Object) && ReferenceEquals(type.Lookup("__new__"), s_objectNewStatic)
            && type.AbstractMethods is null;

    /// <summary>Whether calling <paramref name="type"/> makes its exception with BaseException.__new__ (which
    /// keeps the arguments as args), so the caller may make it and call __init__ itself.</summary>
    internal static bool MakesPlainExceptions(PyType type) =>
        (type.Base ?? Object).IsSubtypeOf(ExceptionTypes.BaseException)
            && type.Lookup("__new__") is PyStaticMethod { Function: PyBuiltinFunction { IsSlot: true } } && type.AbstractMethods is null;

    // object.__new__ and object.__init__ (made by InitializeTypeAndObject: PyType's static fields come first).
    private static PyBuiltinFunction s_objectNew = null!;
    private static PyStaticMethod s_objectNewStatic = null!;
    private static PyBuiltinFunction s_objectInit = null!;

    private static PyObject ObjectNewSlot(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        if (args.Length == 0)
            throw Errors.Type("object.__new__(): not enough arguments");
        var cls = args[0] as PyType ?? throw Errors.Type($"object.__new__(X): X is not a type object ({args[0].Type.Name})");
        var layout = cls.IsHeapType ? cls.Base ?? Object : cls;
        if (!ReferenceEquals(layout, Object))
            throw Errors.Type($"object.__new__({cls.Name}) is not safe, use {layout.Name}.__new__()");
        return ObjectNew(cls, args[1..], kwNames is null ? null : new PyTuple(kwNames));
    }

    /// <summary>T.__new__ for a builtin type T with its own representation: an instance of a subclass
    /// made the way T makes its own.</summary>
    internal void AddBuiltinNew()
    {
        if (Dict.ContainsKey("__new__"))
            return;
        var owner = this;
        SetAttribute("__new__", StaticSlot("__new__", (args, kw) =>
        {
            if (args.Length == 0)
                throw Errors.Type($"{owner.Name}.__new__(): not enough arguments");
            var cls = args[0] as PyType ?? throw Errors.Type($"{owner.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!cls.IsSubtypeOf(owner))
                throw Errors.Type($"{owner.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {owner.Name}");
            return ObjectNew(cls, args[1..], kw is null ? null : new PyTuple(kw));
        }));
    }

    /// <summary>object.__new__: an instance of <paramref name="type"/> made by its nearest builtin base
    /// (which uses the arguments, as int or tuple do), without calling __init__.</summary>
    internal static PyObject ObjectNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwNames)
    {
        int nkw = kwNames?.Items.Length ?? 0;
        var layout = type.IsHeapType ? type.Base ?? Object : type;
        if (ReferenceEquals(layout, Object))
        {
            if (!type.IsHeapType && !ReferenceEquals(type, Object))
                throw Errors.Type($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
            if (args.Length > 0)
            {
                if (!ReferenceEquals(type.Lookup("__new__"), s_objectNewStatic))
                    throw Errors.Type("object.__new__() takes exactly one argument (the type to instantiate)");
                if (ReferenceEquals(type.Lookup("__init__"), s_objectInit))
                    throw Errors.Type($"{type.Name}() takes no arguments");
            }
            if (type.AbstractMethods is { } abstracts)
                throw AbstractInstantiation(type, abstracts);
            return new PyInstance(type);
        }
        if (layout.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var e = PyBaseException.Create(type, args[..^nkw]);
            return e;
        }
        // Mutable builtins (list, dict, set) are filled by their __init__, not their constructor.
        bool filledByInit = layout.Dict.TryGetValue("__init__", out var layoutInit) && layoutInit is PyBuiltinFunction { IsSlot: true };
        PyObject instance;
        if (filledByInit)
            instance = layout.New is { } emptyNew ? emptyNew(layout, ReadOnlySpan<PyObject>.Empty) : layout.NewWithKeywords!(layout, ReadOnlySpan<PyObject>.Empty, null);
        else if (layout.NewWithKeywords is { } keywordNew)
            instance = keywordNew(layout, args, kwNames);
        else if (layout.New is { } builtinNew)
            instance = nkw > 0 ? throw Errors.Type($"{layout.Name}() takes no keyword arguments") : builtinNew(layout, args);
        else
            throw Errors.Type($"cannot create '{type.Name}' instances");
        // The builtin constructor may hand back a shared object (a cached small int, its argument): the
        // subclass instance must be an object of its own.
        if (ReferenceEquals(type, layout))
            return instance;
        instance = instance switch
        {
            PyInt i => PyInt.Fresh(i),
            PyFloat f => new PyFloat(f.Value),
            PyComplex c => new PyComplex(c.Value),
            PyStr s => new PyStr(s.Value),
            PyBytes b => new PyBytes(b.Value),
            PyTuple t => new PyTuple(t.Items),
            _ => instance,
        };
        instance.Type = type;
        return instance;
    }

    private static PyException AbstractInstantiation(PyType type, PyObject abstracts)
    {
        var names = new List<string>();
        var it = Ops.GetIter(abstracts);
        for (var x = it.Next(); x is not null; x = it.Next())
            names.Add(Ops.Str(x));
        names.Sort(string.CompareOrdinal);
        return Errors.Type($"Can't instantiate abstract class {type.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}");
    }

    /// <summary>Non-empty __abstractmethods__ (set by abc.ABCMeta) make a class impossible to instantiate.</summary>
    private PyObject? AbstractMethods =>
        Dict.TryGetValue("__abstractmethods__", out var a) && Ops.IsTrue(a) ? a : null;

    private static PyObject ObjectInit(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        if (args.Length == 0)
            throw Errors.Type("descriptor '__init__' of 'object' object needs an argument");
        if (args.Length > 1)
        {
            var type = args[0].Type;
            if (!ReferenceEquals(type.Lookup("__init__"), s_objectInit))
                throw Errors.Type("object.__init__() takes exactly one argument (the instance to initialize)");
            if (ReferenceEquals(type.Lookup("__new__"), s_objectNewStatic))
                throw Errors.Type($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.Instance;
    }
}
