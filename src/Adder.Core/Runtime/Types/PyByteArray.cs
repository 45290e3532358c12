using System.Text;
using Adder.Common;

namespace Adder.Runtime;

/// <summary>bytearray: a growable byte buffer. Its bytes-like methods are shared with bytes (<see cref="BytesMethods"/>).</summary>
public sealed class PyByteArray : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("bytearray");

    private byte[] _buffer;

    public PyByteArray(byte[] data)
        : base(TypeObject)
    {
        _buffer = data;
        Count = data.Length;
    }

    public int Count { get; private set; }

    /// <summary>Memoryviews looking at the buffer: while there are any, the size cannot change.</summary>
    internal int Exports { get; set; }

    public Span<byte> Span => _buffer.AsSpan(0, Count);

    public byte[] ToArray() => Span.ToArray();

    public override string ToString() =>
        StringRepr.AppendBytes(new StringBuilder(Type.Name).Append('('), Span, escapeSingleQuote: true).Append(')').ToString();

    /// <summary>Replaces <paramref name="removed"/> bytes at <paramref name="start"/> by <paramref name="insert"/>.</summary>
    public void Splice(int start, int removed, ReadOnlySpan<byte> insert)
    {
        if (removed == insert.Length)
        {
            insert.CopyTo(_buffer.AsSpan(start));
            return;
        }
        if (Exports > 0)
            throw Errors.Raise(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        int newCount = Count - removed + insert.Length;
        if (newCount > _buffer.Length)
        {
            var grown = new byte[Math.Max(newCount, Math.Min(Array.MaxLength, _buffer.Length * 2L) is var d and > 0 ? (int)d : newCount)];
            _buffer.AsSpan(0, start).CopyTo(grown);
            _buffer.AsSpan(start + removed, Count - start - removed).CopyTo(grown.AsSpan(start + insert.Length));
            _buffer = grown;
        }
        else
        {
            _buffer.AsSpan(start + removed, Count - start - removed).CopyTo(_buffer.AsSpan(start + insert.Length));
        }
        insert.CopyTo(_buffer.AsSpan(start));
        Count = newCount;
    }

    public void Append(byte b) => Splice(Count, 0, stackalloc byte[] { b });

    /// <summary>ba[key] = value.</summary>
    internal void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice slice)
        {
            // The value is read before the slice is taken (it may be the bytearray itself).
            byte[] data = value switch
            {
                _ when BytesMethods.TryGetBuffer(value, out var buffer) => buffer.ToArray(),
                // Numbers and str are refused; anything else converts as bytearray(value) would.
                PyInt or PyFloat or PyComplex or PyStr => throw Errors.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
                _ when value.Type.IsHeapType && (value.Type.LookupOverride("__index__") ?? value.Type.LookupOverride("__int__") ?? value.Type.LookupOverride("__float__")) is not null
                    => throw Errors.Type("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
                _ => BytesMethods.FromSource(value, null, null, "bytearray"),
            };
            var (start, stop, step, count) = slice.Indices(Count);
            if (data.Length == 0 && step != 1)
            {
                DelItem(slice); // an empty value deletes even an extended slice
                return;
            }
            if (step == 1)
            {
                Splice((int)start, (int)Math.Max(0, stop - start), data);
                return;
            }
            if (data.Length != count)
                throw Errors.Value($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
            for (long i = 0, k = start; i < count; i++, k += step)
                _buffer[k] = data[i];
            return;
        }
        // The value is checked after the index is converted and before its bounds are (bytearray_ass_subscript).
        byte b = key is PyInt ? BytesMethods.ByteValue(value) : default;
        int index = Ops.SequenceIndex(key, Count, "bytearray", assignment: false);
        _buffer[index] = key is PyInt ? b : BytesMethods.ByteValue(value);
    }

    /// <summary>del ba[key].</summary>
    internal void DelItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, count) = slice.Indices(Count);
            if (step == 1 || count <= 1)
            {
                Splice((int)start, (int)Math.Max(0, count), ReadOnlySpan<byte>.Empty);
                return;
            }
            if (step < 0)
            {
                start += step * (count - 1);
                step = -step;
            }
            var kept = new List<byte>(Count);
            for (int i = 0; i < Count; i++)
            {
                if (i < start || (i - start) % step != 0 || (i - start) / step >= count)
                    kept.Add(_buffer[i]);
            }
            Splice(0, Count, kept.ToArray());
            return;
        }
        Splice(Ops.SequenceIndex(key, Count, "bytearray", assignment: false), 1, ReadOnlySpan<byte>.Empty);
    }

    public static void Register(PyDict builtins)
    {
        builtins.Set("bytearray", TypeObject);
        var type = TypeObject;
        // bytearray(...) fills the new object directly; a subclass's instance is filled by __init__.
        type.NewWithKeywords = (cls, args, kwNames) =>
        {
            var v = new PyObject?[3];
            ArgParser.Bind("bytearray", args, kwNames?.Items, s_parameters, v);
            return new PyByteArray(BytesMethods.FromSource(v[0], v[1], v[2], "bytearray"));
        };
        type.SetAttribute("__hash__", PyNone.Instance);
        type.Slot("__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            var v = new PyObject?[3];
            ArgParser.Bind("bytearray", args[1..], kw, s_parameters, v);
            self.Splice(0, self.Count, BytesMethods.FromSource(v[0], v[1], v[2], "bytearray"));
            return PyNone.Instance;
        });
        type.Method("append", (args, kw) =>
        {
            ((PyByteArray)args[0]).Append(BytesMethods.ByteValue(args[1]));
            return PyNone.Instance;
        }, CallShape.OneArg);
        type.Method("extend", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            byte[] data = BytesMethods.TryGetBuffer(args[1], out var buffer) ? buffer.ToArray()
                : BytesMethods.FromIterable(args[1], "byte must be in range(0, 256)", extend: true);
            self.Splice(self.Count, 0, data);
            return PyNone.Instance;
        }, CallShape.OneArg);
        type.Method("insert", (args, kw) =>
        {
            if (args.Length != 3)
                throw Errors.Type($"insert expected 2 arguments, got {args.Length - 1}");
            var self = (PyByteArray)args[0];
            var at = Ops.Index(args[1]);
            long i = at.IsBig ? (at.AsBig.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : at.Value;
            if (i < 0)
                i = Math.Max(0, i + self.Count);
            byte b = BytesMethods.ByteValue(args[2]);
            self.Splice((int)Math.Min(i, self.Count), 0, stackalloc byte[] { b });
            return PyNone.Instance;
        }, CallShape.FastCall);
        type.Method("pop", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            if (args.Length > 2)
                throw Errors.Type($"pop expected at most 1 argument, got {args.Length - 1}");
            var at = args.Length > 1 ? Ops.Index(args[1]) : PyInt.From(-1);
            if (at.IsBig)
                throw Errors.Raise(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
            if (self.Count == 0)
                throw Errors.Index("pop from empty bytearray");
            long i = at.Value;
            if (i < 0)
                i += self.Count;
            if (i < 0 || i >= self.Count)
                throw Errors.Index("pop index out of range");
            byte b = self._buffer[i];
            self.Splice((int)i, 1, ReadOnlySpan<byte>.Empty);
            return PyInt.From(b);
        }, CallShape.FastCall);
        type.Method("remove", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            int i = self.Span.IndexOf(BytesMethods.ByteValue(args[1]));
            if (i < 0)
                throw Errors.Value("value not found in bytearray");
            self.Splice(i, 1, ReadOnlySpan<byte>.Empty);
            return PyNone.Instance;
        }, CallShape.OneArg);
        type.Method("reverse", (args, kw) =>
        {
            ((PyByteArray)args[0]).Span.Reverse();
            return PyNone.Instance;
        }, CallShape.NoArgs);
        type.Method("clear", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            self.Splice(0, self.Count, ReadOnlySpan<byte>.Empty);
            return PyNone.Instance;
        }, CallShape.NoArgs);
        type.Method("copy", (args, kw) =>
        {
            return new PyByteArray(((PyByteArray)args[0]).ToArray());
        }, CallShape.NoArgs);
        type.Method("__alloc__", (args, kw) => PyInt.From(((PyByteArray)args[0])._buffer.Length + 1));
    }

    private static readonly string[] s_parameters = { "source", "encoding", "errors" };
}
