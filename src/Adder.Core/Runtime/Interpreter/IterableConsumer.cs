using System.Runtime.CompilerServices;

namespace Adder.Runtime.Interpreter;

/// <summary>
/// A builtin consuming an iterable (sum, str.join) that the interpreter feeds from a generator running in
/// its own loop: each value the generator yields goes to <see cref="Accept"/> and the generator goes on at
/// once, instead of the builtin resuming it from C# for every item (an evaluation-loop entry each).
/// </summary>
/// <remarks>Accept runs no Python code (the generator counts as running meanwhile): a value it cannot take
/// without running some stops the feeding, the generator stays suspended at that yield, and
/// <see cref="Finish"/>, called in the caller's frame, carries on from there as the builtin would.</remarks>
internal abstract class IterableConsumer
{
    /// <summary>Makes the consumer for a call with these arguments, or null (the builtin runs as usual).</summary>
    public delegate IterableConsumer? Factory(ReadOnlySpan<PyObject> args);

    /// <summary>Takes a yielded value; false to stop the feeding (the value then goes to Finish).</summary>
    public abstract bool Accept(PyObject value);

    /// <summary>The builtin's result: after the generator returned (<paramref name="refused"/> null), or
    /// after Accept refused <paramref name="refused"/> (the generator suspended at that yield).</summary>
    public abstract PyObject Finish(PyObject? refused, PyGenerator generator);
}

/// <summary>sum()'s fast paths (CPython's): a machine-word int total while the items are such ints, a double
/// once an item is a float; an item neither path takes (or an overflow) ends them (Builtins.Sum goes on with
/// plain additions). Also what sum(generator) is fed inside the evaluation loop.</summary>
internal sealed class SumConsumer : IterableConsumer
{
    private bool _float;
    private long _int;
    private double _double;

    private SumConsumer()
    {
    }

    public static readonly Factory Make = args => args.Length == 1 ? new SumConsumer() : Starting(args[1]);

    /// <summary>The fast paths from a start of <paramref name="total"/>: an exact machine-word int or float.</summary>
    public static SumConsumer? Starting(PyObject total) => total switch
    {
        PyInt { IsBig: false } start when ReferenceEquals(start.Type, PyInt.TypeObject) => new SumConsumer { _int = start.Value },
        PyFloat start when ReferenceEquals(start.Type, PyFloat.TypeObject) => new SumConsumer { _float = true, _double = start.Value },
        _ => null,
    };

    /// <summary>The sum so far.</summary>
    public PyObject Total => _float ? new PyFloat(_double) : PyInt.From(_int);

    public override bool Accept(PyObject value)
    {
        if (!_float)
        {
            if ((ReferenceEquals(value.Type, PyInt.TypeObject) || value is PyBool) && !Unsafe.As<PyInt>(value).IsBig)
            {
                long b = Unsafe.As<PyInt>(value).Value, next = _int + b;
                if (((_int ^ next) & (b ^ next)) < 0)
                    return false; // overflow: a big int from here on
                _int = next;
                return true;
            }
            if (!ReferenceEquals(value.Type, PyFloat.TypeObject))
                return false;
            // int + float is a float: the double path from here on.
            _float = true;
            _double = _int + Unsafe.As<PyFloat>(value).Value;
            return true;
        }
        if (ReferenceEquals(value.Type, PyFloat.TypeObject))
            _double += Unsafe.As<PyFloat>(value).Value;
        else if (value is PyInt { IsBig: false } i)
            _double += i.Value;
        else
            return false;
        return true;
    }

    public override PyObject Finish(PyObject? refused, PyGenerator generator) =>
        refused is null ? Total : Builtins.SumRest(generator, Ops.BinaryOp(Total, refused, (int)BinaryOperator.Add));
}

/// <summary>any(generator) and all(generator): the truth of instances of builtin types taken directly; the
/// first item that decides stops the feeding (the generator stays suspended there, as when
/// CPython's any() stops calling next()); an item whose truth needs Python code hands over.</summary>
internal sealed class AnyOrAllConsumer(bool any) : IterableConsumer
{
    private bool _decided;

    public static readonly Factory MakeAny = args => new AnyOrAllConsumer(any: true);
    public static readonly Factory MakeAll = args => new AnyOrAllConsumer(any: false);

    public override bool Accept(PyObject value)
    {
        if (value.Type.IsHeapType)
            return false;
        if (Ops.BuiltinIsTrue(value) != any)
            return true;
        _decided = true;
        return false;
    }

    public override PyObject Finish(PyObject? refused, PyGenerator generator)
    {
        if (refused is null)
            return PyBool.From(!any);
        if (_decided || Ops.IsTrue(refused) == any)
            return PyBool.From(any);
        return PyBool.From(BuiltinFunctions.AnyOrAll(generator, any));
    }
}

/// <summary>list(generator), tuple(generator) and str.join(generator) (which takes all the items before
/// checking them): the items collected, then made into the builtin's result.</summary>
internal sealed class CollectConsumer(Func<PyList, PyObject> result) : IterableConsumer
{
    private readonly PyList _items = new();

    public static readonly Factory MakeJoin = args => args[0] is PyStr separator ? new CollectConsumer(items => StrMethods.Join(separator, items)) : null;

    public override bool Accept(PyObject value)
    {
        ObjectArrays.Append(_items.Items, value);
        return true;
    }

    public override PyObject Finish(PyObject? refused, PyGenerator generator) => result(_items);
}
