using System.Buffers.Binary;

namespace Adder.Runtime;

/// <summary>
/// memoryview over bytes or a bytearray, as CPython's memoryobject.c sees it: an offset, a shape and strides in
/// bytes (0 to 64 dimensions), a native single-character struct format. Slicing works on the first dimension,
/// items are read and written through tuples of indices, <c>cast</c> goes 1-D to N-D and back, <c>release</c>
/// ends the view. While a view of a bytearray is alive the bytearray cannot change size.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("memoryview");

    private readonly PyObject _source; // PyBytes or PyByteArray
    private readonly int _offset; // in bytes, of the item at index (0, ..., 0)
    private readonly int[] _shape, _strides; // strides in bytes
    private readonly char _code; // the format's letter
    private readonly bool _readOnly;
    private bool _released;
    private long _hash = -1;

    private PyMemoryView(PyObject source, int offset, int[] shape, int[] strides, string format, bool readOnly)
        : base(TypeObject)
    {
        _source = source;
        _offset = offset;
        _shape = shape;
        _strides = strides;
        Format = format;
        _code = format[^1];
        _readOnly = readOnly;
        if (source is PyByteArray array)
            array.Exports++;
    }

    private static PyMemoryView Whole1D(PyObject source, int length) =>
        new(source, 0, new[] { length }, new[] { 1 }, "B", source is PyBytes);

    public string Format { get; }

    public int ItemSize => ItemSizeOf(_code);

    private int Dimensions => _shape.Length;

    private Span<byte> Memory => _source is PyBytes b ? b.Value : ((PyByteArray)_source).Span;

    private int ItemCount
    {
        get
        {
            int n = 1;
            foreach (int d in _shape)
                n *= d;
            return n;
        }
    }

    /// <summary>The viewed bytes in C order (a copy unless the view is C-contiguous).</summary>
    public ReadOnlySpan<byte> Data
    {
        get
        {
            CheckReleased();
            return Bytes(fortran: false);
        }
    }

    private ReadOnlySpan<byte> Bytes(bool fortran)
    {
        int length = ItemCount * ItemSize;
        if (IsContiguous(fortran: false) && (!fortran || Dimensions <= 1))
            return Memory.Slice(_offset, length);
        var copy = new byte[length];
        int position = 0;
        CopyItems(copy, ref position, 0, _offset, fortran);
        return copy;
    }

    private void CopyItems(Span<byte> destination, ref int position, int depth, int offset, bool fortran)
    {
        if (depth == Dimensions)
        {
            Memory.Slice(offset, ItemSize).CopyTo(destination.Slice(position));
            position += ItemSize;
            return;
        }
        int dim = fortran ? Dimensions - 1 - depth : depth;
        for (int i = 0; i < _shape[dim]; i++)
            CopyItems(destination, ref position, depth + 1, offset + i * _strides[dim], fortran);
    }

    /// <summary>len(): the first dimension (1 for a 0-dimensional view).</summary>
    public int Count
    {
        get
        {
            CheckReleased();
            return Dimensions == 0 ? 1 : _shape[0];
        }
    }

    private void CheckReleased()
    {
        if (_released)
            throw Errors.Value("operation forbidden on released memoryview object");
    }

    private static int ItemSizeOf(char code) => code switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'H' or 'h' or 'e' => 2,
        'I' or 'i' or 'f' => 4,
        _ => 8, // L, l, Q, q, d, N, n, P
    };

    private static bool IsByteFormat(char code) => code is 'B' or 'b' or 'c';

    /// <summary>The letter of a native single-character format ("x" or "@x"), or '\0'.</summary>
    private static char NativeCode(string format)
    {
        string letter = format.StartsWith('@') ? format[1..] : format;
        return letter.Length == 1 && "cbBhHiIlLqQnNfde?P".Contains(letter[0]) ? letter[0] : '\0';
    }

    private bool IsContiguous(bool fortran)
    {
        if (ItemCount == 0)
            return true;
        int expected = ItemSize;
        for (int k = 0; k < Dimensions; k++)
        {
            int dim = fortran ? k : Dimensions - 1 - k;
            if (_shape[dim] > 1 && _strides[dim] != expected)
                return false;
            expected *= _shape[dim];
        }
        return true;
    }

    public override string ToString() => _released ? $"<released memory at 0x{Ops.IdentityHash(this):x}>" : $"<memory at 0x{Ops.IdentityHash(this):x}>";

    public PyObject GetItem(PyObject key)
    {
        CheckReleased();
        if (Dimensions == 0)
        {
            if (key is PyTuple { Items.Length: 0 })
                return Unpack(Memory.Slice(_offset, ItemSize));
            return ReferenceEquals(key, Ops.Ellipsis) ? this : throw Errors.Type("invalid indexing of 0-dim memory");
        }
        if (IsIndex(key))
        {
            if (Dimensions > 1)
                throw Errors.Raise(ExceptionTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
            return Unpack(Memory.Slice(ItemOffset(_offset, 0, key), ItemSize));
        }
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_shape[0]);
            var shape = (int[])_shape.Clone();
            var strides = (int[])_strides.Clone();
            shape[0] = (int)count;
            strides[0] = _strides[0] * (int)step;
            return new PyMemoryView(_source, _offset + (int)start * _strides[0], shape, strides, Format, _readOnly);
        }
        if (key is PyTuple tuple)
        {
            if (IsMultiIndex(tuple))
                return Unpack(Memory.Slice(TupleOffset(tuple), ItemSize));
            if (Array.TrueForAll(tuple.Items, item => item is PySlice))
                throw Errors.Raise(ExceptionTypes.NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        throw Errors.Type("memoryview: invalid slice key");
    }

    /// <summary>What CPython's _PyIndex_Check accepts: ints and objects with __index__.</summary>
    private static bool IsIndex(PyObject key) => key is PyInt || (key.Type.IsHeapType && key.Type.LookupOverride("__index__") is not null);

    private static bool IsMultiIndex(PyTuple tuple) => Array.TrueForAll(tuple.Items, IsIndex);

    /// <summary>The offset of the item a full tuple of indices designates (ptr_from_tuple).</summary>
    private int TupleOffset(PyTuple tuple)
    {
        int n = tuple.Items.Length;
        if (n < Dimensions)
            throw Errors.Raise(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
        if (n > Dimensions)
            throw Errors.Type($"cannot index {Dimensions}-dimension view with {n}-element tuple");
        int offset = _offset;
        for (int dim = 0; dim < n; dim++)
            offset = ItemOffset(offset, dim, tuple.Items[dim]);
        return offset;
    }

    /// <summary>lookup_dimension: the offset of index <paramref name="key"/> along one dimension.</summary>
    private int ItemOffset(int offset, int dim, PyObject key)
    {
        var i = Ops.Index(key);
        if (i.IsBig)
            throw Errors.Index($"cannot fit '{key.Type.Name}' into an index-sized integer");
        long index = i.Value;
        if (index < 0)
            index += _shape[dim];
        if (index < 0 || index >= _shape[dim])
            throw Errors.Index($"index out of bounds on dimension {dim + 1}");
        return offset + (int)index * _strides[dim];
    }

    public void SetItem(PyObject key, PyObject value)
    {
        CheckReleased();
        if (_readOnly)
            throw Errors.Type("cannot modify read-only memory");
        if (Dimensions == 0)
        {
            if (ReferenceEquals(key, Ops.Ellipsis) || key is PyTuple { Items.Length: 0 })
                Pack(Memory.Slice(_offset, ItemSize), value);
            else
                throw Errors.Type("invalid indexing of 0-dim memory");
            return;
        }
        if (IsIndex(key))
        {
            if (Dimensions > 1)
                throw Errors.Raise(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
            Pack(Memory.Slice(ItemOffset(_offset, 0, key), ItemSize), value);
            return;
        }
        if (key is PySlice slice && Dimensions == 1)
        {
            var (start, _, step, count) = slice.Indices(_shape[0]);
            var data = BytesMethods.Buffer(value);
            bool sameStructure = value is PyMemoryView other
                ? other._code == _code && other.Dimensions == 1 && other._shape[0] == count
                : _code == 'B' && data.Length == count;
            if (!sameStructure)
                throw Errors.Value("memoryview assignment: lvalue and rvalue have different structures");
            data = data.ToArray(); // the source may overlap the destination
            int size = ItemSize;
            for (int i = 0; i < count; i++)
                data.Slice(i * size, size).CopyTo(Memory.Slice(_offset + ((int)start + i * (int)step) * _strides[0], size));
            return;
        }
        if (key is PyTuple tuple && IsMultiIndex(tuple))
        {
            Pack(Memory.Slice(TupleOffset(tuple), ItemSize), value);
            return;
        }
        if (key is PySlice || (key is PyTuple t && Array.TrueForAll(t.Items, item => item is PySlice)))
            throw Errors.Raise(ExceptionTypes.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        throw Errors.Type("memoryview: invalid slice key");
    }

    private PyObject Unpack(ReadOnlySpan<byte> item) => _code switch
    {
        'B' => PyInt.From(item[0]),
        'b' => PyInt.From((sbyte)item[0]),
        'c' => new PyBytes(item.ToArray()),
        '?' => PyBool.From(item[0] != 0),
        'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(item)),
        'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(item)),
        'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(item)),
        'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(item)),
        'L' or 'Q' or 'N' or 'P' => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(item))),
        'l' or 'q' or 'n' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(item)),
        'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(item)),
        'e' => new PyFloat((double)BinaryPrimitives.ReadHalfLittleEndian(item)),
        _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(item)),
    };

    private void Pack(Span<byte> item, PyObject value)
    {
        if (_code is 'f' or 'd' or 'e')
        {
            double d = value is PyFloat f ? f.Value : value is PyInt i ? PyInt.ToDouble(i)
                : throw Errors.Type($"memoryview: invalid type for format '{Format}'");
            if (_code == 'f')
                BinaryPrimitives.WriteSingleLittleEndian(item, (float)d);
            else if (_code == 'e')
                BinaryPrimitives.WriteHalfLittleEndian(item, (Half)d);
            else
                BinaryPrimitives.WriteDoubleLittleEndian(item, d);
            return;
        }
        if (_code == 'c')
        {
            item[0] = value is PyBytes { Value.Length: 1 } b ? b.Value[0] : throw Errors.Value($"memoryview: invalid value for format '{Format}'");
            return;
        }
        var n = value is PyInt or PyBool ? Ops.Index(value) : throw Errors.Type($"memoryview: invalid type for format '{Format}'");
        var (min, max) = _code switch
        {
            'B' => (0, byte.MaxValue),
            'b' => (sbyte.MinValue, sbyte.MaxValue),
            '?' => (long.MinValue, long.MaxValue),
            'H' => (0, ushort.MaxValue),
            'h' => (short.MinValue, short.MaxValue),
            'I' => (0, uint.MaxValue),
            'i' => (int.MinValue, int.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        if (n.IsBig || n.Value < min || n.Value > max)
            throw Errors.Value($"memoryview: invalid value for format '{Format}'");
        long v = _code == '?' ? (n.Value != 0 ? 1 : 0) : n.Value;
        for (int k = 0; k < item.Length; k++)
            item[k] = (byte)(v >> (8 * k));
    }

    /// <summary>tolist(): nested lists following the shape; the item itself for a 0-dimensional view.</summary>
    internal PyObject ToList()
    {
        CheckReleased();
        return ToList(0, _offset);
    }

    private PyObject ToList(int dim, int offset)
    {
        if (dim == Dimensions)
            return Unpack(Memory.Slice(offset, ItemSize));
        var items = new List<PyObject>(_shape[dim]);
        for (int i = 0; i < _shape[dim]; i++)
            items.Add(ToList(dim + 1, offset + i * _strides[dim]));
        return new PyList(items);
    }

    /// <summary>iter(): the items of a one-dimensional view.</summary>
    internal PyIterator Iterate()
    {
        CheckReleased();
        if (Dimensions == 0)
            throw Errors.Type("invalid indexing of 0-dim memory");
        if (Dimensions > 1)
            throw Errors.Raise(ExceptionTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
        return new PySequenceIterator((PyList)ToList(), PySequenceIterator.MemoryIteratorType);
    }

    /// <summary>hash(): that of the bytes, for read-only views of byte formats (memory_hash).</summary>
    internal long Hash()
    {
        if (_hash != -1)
            return _hash;
        CheckReleased();
        if (!_readOnly)
            throw Errors.Value("cannot hash writable memoryview object");
        if (!IsByteFormat(_code))
            throw Errors.Value("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        Ops.Hash(_source); // an unhashable exporter makes the view unhashable
        return _hash = Ops.BuiltinHash(new PyBytes(Data.ToArray()));
    }

    private void Release()
    {
        if (_released)
            return;
        _released = true;
        if (_source is PyByteArray array)
            array.Exports--;
    }

    private PyMemoryView Cast(PyObject? formatArgument, PyObject? shapeArgument)
    {
        CheckReleased();
        string format = formatArgument as PyStr is { } f ? f.Value
            : throw Errors.Type($"cast() argument 'format' must be str, not {Errors.TypeNameOrNone(formatArgument!)}");
        if (!IsContiguous(fortran: false))
            throw Errors.Type("memoryview: casts are restricted to C-contiguous views");
        bool zeroInShape = Array.IndexOf(_shape, 0) >= 0;
        if ((shapeArgument is not null || Dimensions != 1) && zeroInShape)
            throw Errors.Type("memoryview: cannot cast view with zeros in shape or strides");
        PyObject[]? dims = null;
        if (shapeArgument is not null)
        {
            dims = shapeArgument switch
            {
                PyList list => list.Items.ToArray(),
                PyTuple tuple => tuple.Items,
                _ => throw Errors.Type("shape must be a list or a tuple"),
            };
            if (dims.Length > 64)
                throw Errors.Value("memoryview: number of dimensions must not exceed 64");
            if (Dimensions != 1 && dims.Length != 1)
                throw Errors.Type("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        char code = NativeCode(format);
        if (code == '\0')
            throw Errors.Value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!IsByteFormat(_code) && !IsByteFormat(code))
            throw Errors.Type("memoryview: cannot cast between two non-byte formats");
        int length = ItemCount * ItemSize;
        int size = ItemSizeOf(code);
        if (length % size != 0)
            throw Errors.Type("memoryview: length is not a multiple of itemsize");
        if (dims is null)
            return new PyMemoryView(_source, _offset, new[] { length / size }, new[] { size }, format, _readOnly);

        var shape = new int[dims.Length];
        long product = size;
        for (int i = 0; i < dims.Length; i++)
        {
            if (dims[i] is not PyInt d)
                throw Errors.Type("memoryview.cast(): elements of shape must be integers");
            if (d.IsBig)
                throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
            if (d.Value <= 0)
                throw Errors.Value("memoryview.cast(): elements of shape must be integers > 0");
            if (d.Value > long.MaxValue / product)
                throw Errors.Value("memoryview.cast(): product(shape) > SSIZE_MAX");
            product *= d.Value;
            shape[i] = (int)Math.Min(d.Value, int.MaxValue);
        }
        if (product != length)
            throw Errors.Type("memoryview: product(shape) * itemsize != buffer size");
        var strides = new int[shape.Length];
        int stride = size;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }
        return new PyMemoryView(_source, _offset, shape, strides, format, _readOnly);
    }

    private static PyTuple IntTuple(int[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++)
            items[i] = PyInt.From(values[i]);
        return new PyTuple(items);
    }

    public static void Register(PyDict builtins)
    {
        builtins.Set("memoryview", TypeObject);
        var type = TypeObject;
        type.NewWithKeywords = (cls, args, kwNames) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("memoryview", args, kwNames?.Items, s_objectParameter, v, required: 1);
            return v[0] switch
            {
                PyBytes b => Whole1D(b, b.Value.Length),
                PyByteArray a => Whole1D(a, a.Count),
                PyMemoryView m => m.SameView(readOnly: m._readOnly),
                var other => throw Errors.Type($"memoryview: a bytes-like object is required, not '{other!.Type.Name}'"),
            };
        };
        static PyMemoryView Self(PyObject o) => (PyMemoryView)o;
        type.Slot("__hash__", (args, kw) => PyInt.From(Self(args[0]).Hash()));
        type.Slot("__getitem__", (args, kw) => Self(args[0]).GetItem(args[1]));
        type.Slot("__setitem__", (args, kw) =>
        {
            Self(args[0]).SetItem(args[1], args[2]);
            return PyNone.Instance;
        });
        type.Slot("__delitem__", (args, kw) =>
        {
            var m = Self(args[0]);
            m.CheckReleased();
            throw Errors.Type(m._readOnly ? "cannot modify read-only memory" : "cannot delete memory");
        });
        type.Slot("__len__", (args, kw) => PyInt.From(Self(args[0]).Count));
        type.Slot("__iter__", (args, kw) => Self(args[0]).Iterate());
        type.Method("tobytes", (args, kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Bind("tobytes", args[1..], kw, s_orderParameter, v);
            var m = Self(args[0]);
            m.CheckReleased();
            string order = v[0] switch
            {
                null or PyNone => "C",
                PyStr { Value: "C" or "F" or "A" } s => s.Value,
                PyStr => throw Errors.Value("order must be 'C', 'F' or 'A'"),
                var other => throw Errors.Type($"tobytes() argument 'order' must be str or None, not {other.Type.Name}"),
            };
            bool fortran = order == "F" || (order == "A" && m.IsContiguous(fortran: true) && !m.IsContiguous(fortran: false));
            return new PyBytes(m.Bytes(fortran).ToArray());
        });
        type.Method("tolist", (args, kw) => Self(args[0]).ToList());
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
        type.Method("toreadonly", (args, kw) => Self(args[0]).SameView(readOnly: true));
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
            var v = new PyObject?[2];
            ArgParser.Bind("cast", args[1..], kw, s_castParameters, v, required: 1);
            return Self(args[0]).Cast(v[0], v[1]);
        });
        Property(type, "obj", m => m._source);
        Property(type, "nbytes", m => PyInt.From(m.ItemCount * m.ItemSize));
        Property(type, "readonly", m => PyBool.From(m._readOnly));
        Property(type, "itemsize", m => PyInt.From(m.ItemSize));
        Property(type, "format", m => new PyStr(m.Format));
        Property(type, "ndim", m => PyInt.From(m.Dimensions));
        Property(type, "shape", m => IntTuple(m._shape));
        Property(type, "strides", m => IntTuple(m._strides));
        Property(type, "suboffsets", m => PyTuple.Empty);
        Property(type, "c_contiguous", m => PyBool.From(m.IsContiguous(fortran: false)));
        Property(type, "f_contiguous", m => PyBool.From(m.IsContiguous(fortran: true)));
        Property(type, "contiguous", m => PyBool.From(m.IsContiguous(fortran: false) || m.IsContiguous(fortran: true)));
        type.GetSet("released", o => PyBool.From(((PyMemoryView)o)._released));
    }

    private static readonly string[] s_objectParameter = { "object" };
    private static readonly string[] s_orderParameter = { "order" };
    private static readonly string[] s_castParameters = { "format", "shape" };

    private PyMemoryView SameView(bool readOnly)
    {
        CheckReleased();
        return new PyMemoryView(_source, _offset, _shape, _strides, Format, readOnly);
    }

    /// <summary>A read-only attribute that a released view refuses.</summary>
    private static void Property(PyType type, string name, Func<PyMemoryView, PyObject> get) =>
        type.GetSet(name, o =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            return get(m);
        });

    /// <summary>memoryview == other: equal shapes and items (only views and bytes-like objects compare).</summary>
    internal static bool ContentEquals(PyMemoryView m, PyObject other)
    {
        if (m._released || other is PyMemoryView { _released: true })
            return ReferenceEquals(m, other);
        if (other is PyMemoryView view)
            return Ops.Equal(m.ToList(), view.ToList());
        if (!BytesMethods.TryGetBuffer(other, out var data) || m.Dimensions != 1)
            return false;
        if (m._code == 'B')
            return m.Data.SequenceEqual(data);
        return Ops.Equal(m.ToList(), Whole1D(new PyBytes(data.ToArray()), data.Length).ToList());
    }
}
