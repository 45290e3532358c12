using System.Numerics;

namespace Adder.Runtime;

/// <summary>
/// An iterator whose items are pairs: a loop unpacking them (<c>for i, x in enumerate(s)</c>,
/// <c>for k, v in d.items()</c>) takes both parts without the tuple being made (FOR_ITER followed by
/// UNPACK_SEQUENCE 2; the tuple could not be seen).
/// </summary>
public abstract class PyPairIterator : PyIterator
{
    protected PyPairIterator(PyType type)
        : base(type)
    {
    }

    /// <summary>The next pair: 1 when there is one, 0 when exhausted, -1 when this iterator's items are not
    /// pairs after all (<see cref="PyIterator.Next"/> then gives them).</summary>
    internal abstract int NextPair(out PyObject first, out PyObject second);

    internal static PyTuple Pair(PyObject first, PyObject second)
    {
        var items = new PyObject[2];
        ObjectArrays.Store(items, 0, first);
        ObjectArrays.Store(items, 1, second);
        return new PyTuple(items);
    }
}

/// <summary>enumerate objects (Objects/enumobject.c).</summary>
public sealed class PyEnumerate : PyPairIterator
{
    private static readonly PyType s_type = PyGeneratorIterator.TypeFor("enumerate");
    private readonly PyIterator _source;
    // A machine-size count until it would overflow, then a big one.
    private long _index;
    private BigInteger? _bigIndex;

    public PyEnumerate(PyIterator source, PyInt start)
        : base(s_type)
    {
        _source = source;
        if (start.IsBig)
            _bigIndex = start.AsBig;
        else
            _index = start.Value;
    }

    public override PyObject? Next() => NextPair(out var index, out var item) > 0 ? Pair(index, item) : null;

    internal override int NextPair(out PyObject first, out PyObject second)
    {
        var item = _source.Next();
        if (item is null)
        {
            first = second = null!;
            return 0;
        }
        if (_bigIndex is null && _index != long.MaxValue)
        {
            first = PyInt.From(_index++);
        }
        else
        {
            _bigIndex ??= _index;
            first = PyInt.From(_bigIndex.Value);
            _bigIndex += 1;
        }
        second = item;
        return 1;
    }
}

/// <summary>zip objects (Python/bltinmodule.c: zip_next), with strict=True's length check.</summary>
public sealed class PyZip : PyPairIterator
{
    private static readonly PyType s_type = PyGeneratorIterator.TypeFor("zip");
    private readonly PyIterator[] _sources;
    private readonly bool _strict;

    public PyZip(PyIterator[] sources, bool strict)
        : base(s_type)
    {
        _sources = sources;
        _strict = strict;
    }

    public override PyObject? Next()
    {
        if (_sources.Length == 0)
            return null;
        var items = new PyObject[_sources.Length];
        for (int i = 0; i < _sources.Length; i++)
        {
            var x = _sources[i].Next();
            if (x is null)
            {
                Ended(i);
                return null;
            }
            ObjectArrays.Store(items, i, x);
        }
        return new PyTuple(items);
    }

    internal override int NextPair(out PyObject first, out PyObject second)
    {
        first = second = null!;
        if (_sources.Length != 2)
            return -1;
        var a = _sources[0].Next();
        if (a is null)
        {
            Ended(0);
            return 0;
        }
        var b = _sources[1].Next();
        if (b is null)
        {
            Ended(1);
            return 0;
        }
        first = a;
        second = b;
        return 1;
    }

    /// <summary>Argument <paramref name="ended"/> (0-based) ran out: with strict=True, the others must have too.</summary>
    private void Ended(int ended)
    {
        if (!_strict)
            return;
        string plural = ended == 1 ? " " : "s 1-";
        if (ended > 0)
            throw Errors.Value($"zip() argument {ended + 1} is shorter than argument{plural}{ended}");
        for (int j = 1; j < _sources.Length; j++)
        {
            if (_sources[j].Next() is not null)
            {
                plural = j == 1 ? " " : "s 1-";
                throw Errors.Value($"zip() argument {j + 1} is longer than argument{plural}{j}");
            }
        }
    }
}

/// <summary>map objects: the function applied to the items of the iterables, in step.</summary>
public sealed class PyMap : PyIterator
{
    private static readonly PyType s_type = PyGeneratorIterator.TypeFor("map");
    private readonly PyObject _function;
    private readonly PyIterator[] _sources;

    public PyMap(PyObject function, PyIterator[] sources)
        : base(s_type)
    {
        _function = function;
        _sources = sources;
    }

    public override PyObject? Next()
    {
        if (_sources.Length == 1)
            return _sources[0].Next() is { } item ? Ops.Call(_function, item) : null;
        var items = new PyObject[_sources.Length];
        for (int i = 0; i < _sources.Length; i++)
        {
            var x = _sources[i].Next();
            if (x is null)
                return null;
            ObjectArrays.Store(items, i, x);
        }
        return Ops.Call(_function, items);
    }
}

/// <summary>filter objects: the items for which the function (None: the item itself) is true.</summary>
public sealed class PyFilter : PyIterator
{
    private static readonly PyType s_type = PyGeneratorIterator.TypeFor("filter");
    private readonly PyObject _function;
    private readonly PyIterator _source;

    public PyFilter(PyObject function, PyIterator source)
        : base(s_type)
    {
        _function = function;
        _source = source;
    }

    public override PyObject? Next()
    {
        for (var x = _source.Next(); x is not null; x = _source.Next())
        {
            if (_function is PyNone ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(_function, x)))
                return x;
        }
        return null;
    }
}
