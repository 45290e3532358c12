namespace Adder.Runtime;

/// <summary>
/// Attribute storage of an instance of a class: a values array indexed by the class's shared keys,
/// until code asks for <c>__dict__</c>; from then on a real dict.
/// </summary>
public struct InstanceAttributes
{
    private PyObject?[]? _values;
    private PyDict? _dict;

    public InstanceAttributes(int capacity)
    {
        _values = new PyObject?[capacity];
        _dict = null;
    }

    public readonly bool HasDict => _dict is not null;

    public readonly PyObject? Get(PyType type, string name)
    {
        if (_dict is not null)
            return _dict.Get(name);
        int i = type.SharedKeyIndex(name, add: false);
        return i >= 0 && _values is not null && i < _values.Length ? _values[i] : null;
    }

    /// <summary>The value at shared-key index <paramref name="index"/>, or null (unset, or the attributes are a dict).</summary>
    public readonly PyObject? ValueAt(int index)
    {
        var values = _values;
        // Checked here: the array's own check would repeat it (the evaluation loop inlines this).
        return values is not null && (uint)index < (uint)values.Length
            ? System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(values), index)
            : null;
    }

    /// <summary>Stores at shared-key index <paramref name="index"/>; false when the attributes are a dict.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryStoreAt(int index, PyObject value)
    {
        // The values array exists only while there is no dict (GetDict, SetDict drop it).
        var values = _values;
        if (values is not null && (uint)index < (uint)values.Length)
        {
            System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(values), index) = value;
            return true;
        }
        return TryStoreGrowing(index, value);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool TryStoreGrowing(int index, PyObject value)
    {
        if (_dict is not null)
            return false;
        if (_values is null || index >= _values.Length)
            Array.Resize(ref _values, Math.Max(index + 1, (_values?.Length ?? 0) * 2));
        ObjectArrays.Store(_values, index, value);
        return true;
    }

    /// <summary>Sets an attribute, or deletes it when <paramref name="value"/> is null.</summary>
    public void Set(PyType type, string name, PyObject? value)
    {
        if (_dict is not null)
        {
            if (value is null)
                _dict.Remove(new PyStr(name));
            else
                _dict.Set(name, value);
            return;
        }
        int i = type.SharedKeyIndex(name, add: value is not null);
        if (i < 0)
            return;
        if (_values is null || i >= _values.Length)
            Array.Resize(ref _values, Math.Max(i + 1, (_values?.Length ?? 0) * 2));
        ObjectArrays.Store(_values, i, value);
    }

    /// <summary>The attributes as a dict, which from now on holds them.</summary>
    public PyDict GetDict(PyType type)
    {
        if (_dict is null)
        {
            var dict = new PyDict();
            if (_values is not null)
            {
                foreach (var (name, i) in type.SharedKeys)
                {
                    if (i < _values.Length && _values[i] is { } v)
                        dict.Set(name, v);
                }
            }
            _dict = dict;
            _values = null;
        }
        return _dict;
    }

    public void SetDict(PyDict dict)
    {
        _dict = dict;
        _values = null;
    }
}

/// <summary>An instance of a class whose builtin base is object.</summary>
public sealed class PyInstance : PyObject
{
    public PyInstance(PyType type)
        : base(type)
    {
        // Room for every attribute name the class's instances have had (as CPython sizes the values by the
        // shared keys): __init__ then fills it without growing it one attribute at a time.
        int names = type.SharedKeys.Count;
        if (names > 0)
            Attributes = new InstanceAttributes(names);
    }

    public InstanceAttributes Attributes;

    /// <summary>The values of the class's __slots__ (see <see cref="PyMemberDescriptor"/>).</summary>
    public PyObject?[]? SlotValues;
}

/// <summary>A function bound to an instance (<c>obj.method</c>).</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method").Final();

    public PyMethod(PyObject function, PyObject self)
        : base(TypeObject)
    {
        Function = function;
        Self = self;
    }

    public PyObject Function { get; }
    public PyObject Self { get; }
}

/// <summary>property, staticmethod and classmethod objects.</summary>
public sealed class PyProperty : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("property");

    public PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter)
        : base(TypeObject)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
    }

    public PyObject? Getter;
    public PyObject? Setter;
    public PyObject? Deleter;

    /// <summary>The attribute name (set by __set_name__), for error messages.</summary>
    public string? Name;

    /// <summary>__doc__ given to the constructor or assigned (null: the getter's).</summary>
    public PyObject? Doc;

    /// <summary>A copy with one accessor replaced (property.setter and friends), of the same class.</summary>
    public PyProperty With(PyObject? getter = null, PyObject? setter = null, PyObject? deleter = null) =>
        new(getter ?? Getter, setter ?? Setter, deleter ?? Deleter) { Name = Name, Doc = Doc, Type = Type };
}

public sealed class PyStaticMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("staticmethod");

    public PyStaticMethod(PyObject function)
        : base(TypeObject)
    {
        Function = function;
    }

    public PyObject Function { get; }
}

public sealed class PyClassMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod");

    public PyClassMethod(PyObject function)
        : base(TypeObject)
    {
        Function = function;
    }

    public PyObject Function { get; }
}
