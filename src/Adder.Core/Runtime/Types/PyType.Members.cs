namespace Adder.Runtime;

/// <summary>The attributes of <c>type</c> and <c>object</c> that every class and instance inherits.</summary>
public sealed partial class PyType
{
    private static PyType Self(PyObject o) => (PyType)o;

    private static PyObject StaticSlot(string name, PyBuiltinFunction.Body body) =>
        new PyStaticMethod(new PyBuiltinFunction(name, body) { IsSlot = true });

    private static string StringValue(PyObject? value, PyType type, string attribute) => value is PyStr s ? s.Value
        : throw Errors.Type($"can only assign string to {type.Name}.{attribute}, not '{value?.Type.Name ?? "NoneType"}'");

    private void CheckSettable(string attribute)
    {
        if (!IsHeapType)
            throw Errors.Type($"cannot set '{attribute}' attribute of immutable type '{Name}'");
    }

    internal static void InitializeTypeAndObject()
    {
        var type = TypeType;
        type.GetSet("__name__", o => new PyStr(Self(o).Name), (o, v) =>
        {
            Self(o).CheckSettable("__name__");
            Self(o).Name = StringValue(v, Self(o), "__name__");
        });
        type.GetSet("__qualname__", o => new PyStr(Self(o).Qualname), (o, v) =>
        {
            Self(o).CheckSettable("__qualname__");
            Self(o).Qualname = StringValue(v, Self(o), "__qualname__");
        });
        type.GetSet("__module__", o => Self(o).IsHeapType
            ? Self(o).Dict.TryGetValue("__module__", out var m) ? m : throw Errors.Raise(ExceptionTypes.AttributeError, "__module__")
            : new PyStr(Self(o).BuiltinModule), (o, v) =>
        {
            Self(o).CheckSettable("__module__");
            Self(o).SetAttribute("__module__", v ?? throw Errors.Type("cannot delete '__module__' attribute"));
        });
        type.GetSet("__doc__", o => Self(o).Dict.TryGetValue("__doc__", out var d) ? DescriptorGetOrSelf(d, Self(o)) : PyNone.Instance, (o, v) =>
        {
            Self(o).CheckSettable("__doc__");
            Self(o).SetAttribute("__doc__", v ?? PyNone.Instance);
        });
        type.GetSet("__dict__", o => new PyMappingProxy(Self(o)));
        type.GetSet("__bases__", o => new PyTuple([.. Self(o).Bases]), (o, v) =>
        {
            Self(o).CheckSettable("__bases__");
            if (v is not PyTuple { Items.Length: > 0 } t)
                throw Errors.Type($"can only assign non-empty tuple to {Self(o).Name}.__bases__, not {v?.Type.Name ?? "NoneType"}");
            var bases = new PyType[t.Items.Length];
            for (int i = 0; i < bases.Length; i++)
                bases[i] = t.Items[i] as PyType ?? throw Errors.Type($"{Self(o).Name}.__bases__ must be tuple of classes, not '{t.Items[i].Type.Name}'");
            Self(o).SetBases(bases);
        });
        type.GetSet("__base__", o => Self(o).Bases.Length > 0 ? Self(o).BestBase() : PyNone.Instance);
        type.GetSet("__mro__", o => new PyTuple([.. Self(o).Mro]));
        type.GetSet("__abstractmethods__", o => Self(o).Dict.TryGetValue("__abstractmethods__", out var a) && !ReferenceEquals(o, type)
            ? a : throw Errors.Raise(ExceptionTypes.AttributeError, "__abstractmethods__"), (o, v) =>
        {
            if (v is null)
            {
                if (!Self(o).RemoveAttribute("__abstractmethods__"))
                    throw Errors.Raise(ExceptionTypes.AttributeError, "__abstractmethods__");
            }
            else
            {
                Self(o).SetAttribute("__abstractmethods__", v);
            }
        });
        type.GetSet("__annotations__", o =>
        {
            var t = Self(o);
            if (t.Dict.TryGetValue("__annotations__", out var a))
                return a;
            if (!t.IsHeapType)
                throw Errors.Raise(ExceptionTypes.AttributeError, $"type object '{t.Name}' has no attribute '__annotations__'");
            var created = new PyDict();
            t.SetAttribute("__annotations__", created);
            return created;
        }, (o, v) =>
        {
            Self(o).CheckSettable("__annotations__");
            if (v is null)
                Self(o).RemoveAttribute("__annotations__");
            else
                Self(o).SetAttribute("__annotations__", v);
        });
        type.Method("mro", (args, kw) => new PyList(new List<PyObject>(Self(args[0]).Mro)));
        type.Method("__subclasses__", (args, kw) => new PyList(Self(args[0]).Subclasses().ConvertAll(t => (PyObject)t)));
        type.Method("__instancecheck__", (args, kw) => PyBool.From(args[1].Type.IsSubtypeOf(Self(args[0]))));
        type.Method("__subclasscheck__", (args, kw) => PyBool.From(
            (args[1] as PyType ?? throw Errors.Type("issubclass() arg 1 must be a class")).IsSubtypeOf(Self(args[0]))));
        type.Method("__dir__", (args, kw) => BuiltinFunctions.TypeDir(Self(args[0])));
        type.SetAttribute("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (args, kw) => new PyDict())));
        type.SetAttribute("__new__", StaticSlot("__new__", TypeNew));
        type.Slot("__init__", (args, kw) =>
        {
            int positional = args.Length - (kw?.Length ?? 0);
            if (positional != 2 && positional != 4)
                throw Errors.Type("type.__init__() takes 1 or 3 arguments");
            return PyNone.Instance;
        });
        type.Slot("__call__", (args, kw) => args.Length == 0 || args[0] is not PyType t
            ? throw Errors.Type("descriptor '__call__' of 'type' object needs an argument")
            : CallType(t, args[1..], kw is null ? null : new PyTuple(kw)));
        type.Slot("__repr__", (args, kw) => new PyStr(Ops.Repr(Self(args[0]))));
        type.Slot("__getattribute__", (args, kw) => Ops.BuiltinGetAttr(args[0], Ops.AttributeName(args[1])) ?? throw Ops.AttributeError(args[0], Ops.AttributeName(args[1])));
        type.Slot("__setattr__", (args, kw) =>
        {
            Ops.BuiltinSetAttr(args[0], Ops.AttributeName(args[1]), args[2]);
            return PyNone.Instance;
        });
        type.Slot("__delattr__", (args, kw) =>
        {
            Ops.BuiltinSetAttr(args[0], Ops.AttributeName(args[1]), null);
            return PyNone.Instance;
        });

        var obj = Object;
        s_objectNew = new PyBuiltinFunction("__new__", ObjectNewSlot) { IsSlot = true };
        s_objectNewStatic = new PyStaticMethod(s_objectNew);
        s_objectInit = new PyBuiltinFunction("__init__", ObjectInit) { Owner = obj, IsSlot = true };
        obj.GetSet("__class__", o => o.Type, (o, v) => o.Type = CheckClassAssignment(o, v));
        obj.SetAttribute("__new__", s_objectNewStatic);
        obj.SetAttribute("__init__", s_objectInit);
        obj.SetAttribute("__doc__", new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
        obj.Slot("__getattribute__", (args, kw) => Ops.BuiltinGetAttr(args[0], Ops.AttributeName(args[1])) ?? throw Ops.AttributeError(args[0], Ops.AttributeName(args[1])));
        obj.Slot("__setattr__", (args, kw) =>
        {
            Ops.BuiltinSetAttr(args[0], Ops.AttributeName(args[1]), args[2]);
            return PyNone.Instance;
        });
        obj.Slot("__delattr__", (args, kw) =>
        {
            Ops.BuiltinSetAttr(args[0], Ops.AttributeName(args[1]), null);
            return PyNone.Instance;
        });
        obj.Slot("__repr__", (args, kw) => new PyStr(Ops.DefaultRepr(args[0])));
        obj.Slot("__str__", (args, kw) => new PyStr(Ops.Repr(args[0])));
        obj.Slot("__hash__", (args, kw) => PyInt.From(Ops.IdentityHash(args[0])));
        obj.Slot("__eq__", (args, kw) => ReferenceEquals(args[0], args[1]) ? PyBool.True : Ops.NotImplemented);
        obj.Slot("__ne__", (args, kw) =>
        {
            var eq = Ops.CallDunder(args[0], "__eq__", args[1]) ?? (ReferenceEquals(args[0], args[1]) ? PyBool.True : Ops.NotImplemented);
            return ReferenceEquals(eq, Ops.NotImplemented) ? eq : PyBool.From(!Ops.IsTrue(eq));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            obj.Slot(name, (args, kw) => Ops.NotImplemented);
        obj.Slot("__format__", (args, kw) =>
        {
            string spec = args[1] is PyStr s ? s.Value : throw Errors.Type($"__format__() argument must be str, not {Errors.TypeNameOrNone(args[1])}");
            return spec.Length == 0 ? new PyStr(Ops.Str(args[0]))
                : throw Errors.Type($"unsupported format string passed to {args[0].Type.Name}.__format__");
        }, CallShape.OneArg);
        obj.Slot("__dir__", (args, kw) => BuiltinFunctions.ObjectDir(args[0]));
        obj.Slot("__sizeof__", (args, kw) => PyInt.From(16));
        obj.SetAttribute("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (args, kw) =>
            kw is { Length: > 0 } ? throw Errors.Type($"{Self(args[0]).Qualname}.__init_subclass__() takes no keyword arguments")
            : args.Length > 1 ? throw Errors.Type($"{Self(args[0]).Qualname}.__init_subclass__() takes no arguments ({args.Length - 1} given)")
            : PyNone.Instance)));
        obj.Method("__getstate__", (args, kw) => args[0].Type.IsHeapType && Ops.TryGetAttr(args[0], "__dict__") is PyDict { Count: > 0 } dict ? dict : PyNone.Instance, CallShape.NoArgs);
        var newObj = new PyBuiltinFunction("__newobj__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw Errors.Type("__newobj__ expected a class");
            var newMethod = Ops.GetAttr(cls, "__new__");
            return Ops.Call(newMethod, args);
        });
        obj.Method("__reduce__", (args, kw) => Reduce(args[0], newObj), CallShape.NoArgs);
        obj.Method("__reduce_ex__", (args, kw) =>
        {
            var protocol = args[1];
            Ops.Index(protocol);
            var self = args[0];
            if (self.Type.Lookup("__reduce__") is { } reduce && !ReferenceEquals(reduce, Object.Dict["__reduce__"]))
                return Ops.Call(Ops.GetAttr(self, "__reduce__"), ReadOnlySpan<PyObject>.Empty);
            return Reduce(self, newObj);
        }, CallShape.OneArg);
        obj.SetAttribute("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (args, kw) => Ops.NotImplemented)));
    }

    /// <summary>object.__reduce__ for plain instances: rebuilt by cls.__new__(cls), then given their state.</summary>
    private static PyObject Reduce(PyObject self, PyObject newObj)
    {
        if (!self.Type.IsHeapType && self.Type != Object)
            throw Errors.Type($"cannot pickle '{self.Type.Name}' object");
        var state = Ops.Call(Ops.GetAttr(self, "__getstate__"), ReadOnlySpan<PyObject>.Empty);
        return new PyTuple(new PyObject[] { newObj, new PyTuple(new PyObject[] { self.Type }), state, PyNone.Instance, PyNone.Instance });
    }

    private static PyObject DescriptorGetOrSelf(PyObject value, PyType owner) => Ops.DescriptorGet(value, null, owner);

    /// <summary>__base__: the base whose layout the class extends (the first base, for most classes).</summary>
    private PyType BestBase()
    {
        foreach (var b in Bases)
        {
            if (!ReferenceEquals(b.IsHeapType ? b.Base : b, Object))
                return b;
        }
        return Bases[0];
    }

    /// <summary>obj.__class__ = cls: only between classes whose instances have the same representation.</summary>
    private static PyType CheckClassAssignment(PyObject obj, PyObject? value)
    {
        if (value is not PyType newType)
            throw Errors.Type($"__class__ must be set to a class, not '{value?.Type.Name ?? "NoneType"}' object");
        var oldType = obj.Type;
        if (!oldType.IsHeapType || !newType.IsHeapType)
            throw Errors.Type("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!ReferenceEquals(oldType.Base, newType.Base) || oldType.HasInstanceDict != newType.HasInstanceDict)
            throw Errors.Type($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        return newType;
    }
}
