using System.Buffers.Binary;

namespace Adder.Runtime;

/// <summary>
/// memoryview over bytes or a bytearray: one-dimensional views, slicing (with steps), item access and
/// assignment, <c>cast</c> to the simple struct formats, <c>release</c>. While a view of a bytearray is
/// alive the bytearray cannot change size.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("memoryview");

    private readonly PyObject _source; // PyBytes or PyByteArray
    private readonly int _start, _step, _count; // in items
    private bool _released;

    private PyMemoryView(PyObject source, int start, int step, int count, string format)
        : base(TypeObject)
    {
        _source = source;
        _start = start;
        _step = step;
        _count = count;
        Format = format;
        if (source is PyByteArray array)
            array.Exports++;
    }

    public string Format { get; }

    public int ItemSize => ItemSizeOf(Format);

    private bool ReadOnly => _source is PyBytes;

    private Span<byte> Whole => _source is PyBytes b ? b.Value : ((PyByteArray)_source).Span;

    /// <summary>The viewed bytes (a copy when the view has a step).</summary>
    public ReadOnlySpan<byte> Data
    {
        get
        {
            CheckReleased();
            int size = ItemSize;
            if (_step == 1)
                return Whole.Slice(_start * size, _count * size);
            var copy = new byte[_count * size];
            for (int i = 0; i < _count; i++)
                Whole.Slice((_start + i * _step) * size, size).CopyTo(copy.AsSpan(i * size));
            return copy;
        }
    }

    public int Count
    {
        get
        {
            CheckReleased();
            return _count;
        }
    }

    private void CheckReleased()
    {
        if (_released)
            throw Errors.Value("operation forbidden on released memoryview object");
    }

    private static int ItemSizeOf(string format) => format switch
    {
        "B" or "b" or "c" or "?" => 1,
        "H" or "h" or "e" => 2,
        "I" or "i" or "f" => 4,
        _ => 8, // L, l, Q, q, d, N, n, P
    };

    public override string ToString() => _released ? $"<released memory at 0x{Ops.IdentityHash(this):x}>" : $"<memory at 0x{Ops.IdentityHash(this):x}>";

    public PyObject GetItem(PyObject key)
    {
        CheckReleased();
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            return new PyMemoryView(_source, _start + (int)start * _step, _step * (int)step, (int)count, Format);
        }
        int index = ItemIndex(key);
        return Unpack(Whole.Slice((_start + index * _step) * ItemSize, ItemSize));
    }

    /// <summary>The item an index designates (memory_subscript's rules and messages for one dimension).</summary>
    private int ItemIndex(PyObject key)
    {
        if (key is PyTuple tuple)
        {
            throw tuple.Items.Length == 0
                ? Errors.Raise(ExceptionTypes.NotImplementedError, "sub-views are not implemented")
                : Errors.Type($"cannot index 1-dimension view with {tuple.Items.Length}-element tuple");
        }
        if (key is not PyInt && (!key.Type.IsHeapType || key.Type.LookupOverride("__index__") is null))
            throw Errors.Type("memoryview: invalid slice key");
        var i = Ops.Index(key);
        long index = i.IsBig ? long.MaxValue : i.Value;
        if (index < 0)
            index += _count;
        return index >= 0 && index < _count ? (int)index : throw Errors.Index("index out of bounds on dimension 1");
    }

    public void SetItem(PyObject key, PyObject value)
    {
        CheckReleased();
        if (ReadOnly)
            throw Errors.Type("cannot modify read-only memory");
        int size = ItemSize;
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            var data = BytesMethods.Buffer(value);
            if (value is PyMemoryView other && other.Format != Format)
                throw Errors.Value("memoryview assignment: lvalue and rvalue have different structures");
            if (data.Length != count * size)
                throw Errors.Value("memoryview assignment: lvalue and rvalue have different structures");
            data = data.ToArray();
            for (int i = 0; i < count; i++)
                data.Slice(i * size, size).CopyTo(Whole.Slice((_start + ((int)start + i * (int)step) * _step) * size, size));
            return;
        }
        int index = ItemIndex(key);
        Pack(Whole.Slice((_start + index * _step) * size, size), value);
    }

    private PyObject Unpack(ReadOnlySpan<byte> item) => Format switch
    {
        "B" => PyInt.From(item[0]),
        "b" => PyInt.From((sbyte)item[0]),
        "c" => new PyBytes(item.ToArray()),
        "?" => PyBool.From(item[0] != 0),
        "H" => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(item)),
        "h" => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(item)),
        "I" => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(item)),
        "i" => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(item)),
        "L" or "Q" or "N" or "P" => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(item))),
        "l" or "q" or "n" => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(item)),
        "f" => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(item)),
        "e" => new PyFloat((double)BinaryPrimitives.ReadHalfLittleEndian(item)),
        _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(item)),
    };

    private void Pack(Span<byte> item, PyObject value)
    {
        if (Format is "f" or "d" or "e")
        {
            double d = value is PyFloat f ? f.Value : value is PyInt i ? PyInt.ToDouble(i)
                : throw Errors.Type($"memoryview: invalid type for format '{Format}'");
            if (Format == "f")
                BinaryPrimitives.WriteSingleLittleEndian(item, (float)d);
            else if (Format == "e")
                BinaryPrimitives.WriteHalfLittleEndian(item, (Half)d);
            else
                BinaryPrimitives.WriteDoubleLittleEndian(item, d);
            return;
        }
        if (Format == "c")
        {
            item[0] = value is PyBytes { Value.Length: 1 } b ? b.Value[0] : throw Errors.Value($"memoryview: invalid value for format '{Format}'");
            return;
        }
        var n = value is PyInt or PyBool ? Ops.Index(value) : throw Errors.Type($"memoryview: invalid type for format '{Format}'");
        var (min, max) = Format switch
        {
            "B" => (0, byte.MaxValue),
            "b" => (sbyte.MinValue, sbyte.MaxValue),
            "?" => (long.MinValue, long.MaxValue),
            "H" => (0, ushort.MaxValue),
            "h" => (short.MinValue, short.MaxValue),
            "I" => (0, uint.MaxValue),
            "i" => (int.MinValue, int.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        if (n.IsBig || n.Value < min || n.Value > max)
            throw Errors.Value($"memoryview: invalid value for format '{Format}'");
        long v = Format == "?" ? (n.Value != 0 ? 1 : 0) : n.Value;
        for (int k = 0; k < item.Length; k++)
            item[k] = (byte)(v >> (8 * k));
    }

    internal PyList ToList()
    {
        var items = new List<PyObject>(_count);
        var data = Data;
        for (int i = 0; i < _count; i++)
            items.Add(Unpack(data.Slice(i * ItemSize, ItemSize)));
        return new PyList(items);
    }

    private void Release()
    {
        if (_released)
            return;
        _released = true;
        if (_source is PyByteArray array)
            array.Exports--;
    }

    public static void Register(PyDict builtins)
    {
        builtins.Set("memoryview", TypeObject);
        var type = TypeObject;
        type.SetAttribute("__hash__", PyNone.Instance);
        type.NewWithKeywords = (cls, args, kwNames) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("memoryview", args, kwNames?.Items, s_objectParameter, v, required: 1);
            return v[0] switch
            {
                PyBytes b => new PyMemoryView(b, 0, 1, b.Value.Length, "B"),
                PyByteArray a => new PyMemoryView(a, 0, 1, a.Count, "B"),
                PyMemoryView m => m.SameView(),
                var other => throw Errors.Type($"memoryview: a bytes-like object is required, not '{other!.Type.Name}'"),
            };
        };
        static PyMemoryView Self(PyObject o) => (PyMemoryView)o;
        type.Slot("__getitem__", (args, kw) => Self(args[0]).GetItem(args[1]));
        type.Slot("__setitem__", (args, kw) =>
        {
            Self(args[0]).SetItem(args[1], args[2]);
            return PyNone.Instance;
        });
        type.Slot("__delitem__", (args, kw) =>
        {
            Self(args[0]).CheckReleased();
            throw Errors.Type("cannot delete memory");
        });
        type.Slot("__len__", (args, kw) => PyInt.From(Self(args[0]).Count));
        type.Method("tobytes", (args, kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("tobytes", args[1..], kw, s_orderParameter, v);
            if (v[0] is PyStr { Value: not ("C" or "F" or "A") })
                throw Errors.Value("order must be 'C', 'F' or 'A'");
            return new PyBytes(Self(args[0]).Data.ToArray());
        });
        type.Method("tolist", (args, kw) =>
        {
            Self(args[0]).CheckReleased();
            return Self(args[0]).ToList();
        });
        type.Method("hex", (args, kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Bind("hex", args[1..], kw, new[] { "sep", "bytes_per_sep" }, v);
            return new PyStr(BytesMethods.Hex(Self(args[0]).Data, v[0], v[1]));
        });
        type.Method("release", (args, kw) =>
        {
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        type.Method("toreadonly", (args, kw) =>
        {
            var m = Self(args[0]);
            m.CheckReleased();
            return new PyMemoryView(new PyBytes(m.Data.ToArray()), 0, 1, m._count, m.Format);
        });
        type.Method("__enter__", (args, kw) =>
        {
            Self(args[0]).CheckReleased();
            return args[0];
        });
        type.Method("__exit__", (args, kw) =>
        {
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        type.Method("cast", (args, kw) =>
        {
            var m = Self(args[0]);
            m.CheckReleased();
            string format = args.Length > 1 && args[1] is PyStr f ? f.Value : throw Errors.Type("memoryview: format argument must be a string");
            if (format.Length != 1 || !"BbcHhIiLlQqNnPfde?".Contains(format[0]))
                throw Errors.Value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            if (m._step != 1)
                throw Errors.Type("memoryview: casts are restricted to C-contiguous views");
            int bytes = m._count * m.ItemSize;
            int size = ItemSizeOf(format);
            if (m.Format != "B" && format != "B" && m.Format is not ("b" or "c") && format is not ("b" or "c"))
                throw Errors.Type("memoryview: cannot cast between two non-byte formats");
            if (bytes % size != 0)
                throw Errors.Type("memoryview: length is not a multiple of itemsize");
            return new PyMemoryView(m._source, m._start * m.ItemSize / size, 1, bytes / size, format);
        });
        Property(type, "obj", m => m._source);
        Property(type, "nbytes", m => PyInt.From(m.Count * m.ItemSize));
        Property(type, "readonly", m => PyBool.From(m.ReadOnly));
        Property(type, "itemsize", m => PyInt.From(m.ItemSize));
        Property(type, "format", m => new PyStr(m.Format));
        Property(type, "ndim", m => PyInt.From(1));
        Property(type, "shape", m => new PyTuple(new PyObject[] { PyInt.From(m.Count) }));
        Property(type, "strides", m => new PyTuple(new PyObject[] { PyInt.From(m._step * m.ItemSize) }));
        Property(type, "c_contiguous", m => PyBool.From(m._step == 1));
        Property(type, "f_contiguous", m => PyBool.From(m._step == 1));
        Property(type, "suboffsets", m => PyTuple.Empty);
        Property(type, "contiguous", m => PyBool.From(m._step == 1));
        type.SetAttribute("released", new PyGetSetDescriptor(type, "released", o => PyBool.From(((PyMemoryView)o)._released), null));
    }

    private static readonly string[] s_objectParameter = { "object" };
    private static readonly string[] s_orderParameter = { "order" };

    private PyMemoryView SameView()
    {
        CheckReleased();
        return new PyMemoryView(_source, _start, _step, _count, Format);
    }

    private static void Property(PyType type, string name, Func<PyMemoryView, PyObject> get) =>
        type.SetAttribute(name, new PyGetSetDescriptor(type, name, o =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            return get(m);
        }, null));

    /// <summary>memoryview == other: equal items (only views and bytes-like objects compare).</summary>
    internal static bool ContentEquals(PyMemoryView m, PyObject other)
    {
        if (m._released || other is PyMemoryView { _released: true })
            return ReferenceEquals(m, other);
        if (other is PyMemoryView view)
            return Ops.Equal(m.ToList(), view.ToList());
        return BytesMethods.TryGetBuffer(other, out var data) && m.Format is "B" or "b" or "c"
            ? (m.Format == "B" ? m.Data.SequenceEqual(data) : Ops.Equal(m.ToList(), new PyMemoryView(new PyBytes(data.ToArray()), 0, 1, data.Length, "B").ToList()))
            : false;
    }
}
