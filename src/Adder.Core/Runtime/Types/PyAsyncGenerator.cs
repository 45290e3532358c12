namespace Adder.Runtime;

/// <summary>What SEND drives without exceptions for its result: generators, coroutines and the
/// awaitables of async generators. <c>done</c> says the result is the final (returned) value.</summary>
public interface ISendTarget
{
    PyObject Send(PyObject value, out bool done);
    PyObject Throw(PyBaseException exception, out bool done);
}

/// <summary>A value an async generator yields (ASYNC_GEN_WRAP), as opposed to one its awaits pass up.</summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    private static readonly PyType s_type = PyType.Builtin("async_generator_wrapped_value");

    public PyAsyncGenWrappedValue(PyObject value)
        : base(s_type)
    {
        Value = value;
    }

    public PyObject Value { get; }
}

/// <summary>
/// The awaitables of an async generator: asend(v) / __anext__() run it to its next yield; athrow(e) and
/// aclose() throw into it (Objects/genobject.c: async_gen_asend, async_gen_athrow).
/// </summary>
public sealed class PyAsyncGenAwaitable : PyIterator, ISendTarget
{
    public static readonly PyType SendType = PyType.Builtin("async_generator_asend");
    public static readonly PyType ThrowType = PyType.Builtin("async_generator_athrow");

    private enum State
    {
        Initial,
        Iterating,
        Closed,
    }

    private readonly PyGenerator _generator;
    private readonly PyObject _sendValue;
    private readonly PyBaseException? _thrown;
    private readonly bool _isThrow;
    private State _state;

    private PyAsyncGenAwaitable(PyGenerator generator, PyObject sendValue, PyBaseException? thrown, bool isThrow)
        : base(isThrow ? ThrowType : SendType)
    {
        _generator = generator;
        _sendValue = sendValue;
        _thrown = thrown;
        _isThrow = isThrow;
    }

    public static PyAsyncGenAwaitable ASend(PyGenerator generator, PyObject value) => new(generator, value, null, false);

    /// <summary>athrow(exception), or aclose() when <paramref name="exception"/> is null.</summary>
    public static PyAsyncGenAwaitable AThrow(PyGenerator generator, PyBaseException? exception) => new(generator, PyNone.Instance, exception, true);

    private bool IsClose => _isThrow && _thrown is null;

    public PyObject Send(PyObject value, out bool done)
    {
        if (_state == State.Closed)
            throw Errors.Raise(ExceptionTypes.RuntimeError, _isThrow ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
        if (_state == State.Initial)
        {
            _state = State.Iterating;
            if (_isThrow)
                return Start(out done);
            if (value is PyNone)
                value = _sendValue;
        }
        return Step(() => _generator.SendOrReturn(value, out bool returned) is var r && returned ? null : r, out done);
    }

    public PyObject Throw(PyBaseException exception, out bool done)
    {
        if (_state == State.Closed)
            throw Errors.Raise(ExceptionTypes.RuntimeError, _isThrow ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
        _state = State.Iterating;
        return Step(() => _generator.ThrowOrReturn(exception, out bool returned) is var r && returned ? null : r, out done);
    }

    /// <summary>athrow/aclose's first step: the exception goes in.</summary>
    private PyObject Start(out bool done)
    {
        if (_generator.Finished || !_generator.Suspended && IsClose)
        {
            _state = State.Closed;
            if (IsClose)
            {
                _generator.Close();
                done = true;
                return PyNone.Instance;
            }
            if (_generator.Finished)
                throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, PyTuple.Empty));
        }
        var exception = _thrown ?? new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty);
        return Step(() => _generator.ThrowOrReturn(exception, out bool returned) is var r && returned ? null : r, out done);
    }

    /// <summary>Runs the generator one step and sorts out what came back: a yielded (wrapped) value
    /// completes this awaitable; anything else an await inside passes up to the event loop.</summary>
    private PyObject Step(Func<PyObject?> resume, out bool done)
    {
        PyObject? result;
        try
        {
            result = resume();
        }
        catch (PyException e) when (IsClose && (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)))
        {
            _state = State.Closed;
            done = true;
            return PyNone.Instance;
        }
        catch (PyException)
        {
            _state = State.Closed;
            throw;
        }
        if (result is null)
        {
            // The generator returned.
            _state = State.Closed;
            if (IsClose)
            {
                done = true;
                return PyNone.Instance;
            }
            throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, PyTuple.Empty));
        }
        if (result is PyAsyncGenWrappedValue wrapped)
        {
            _state = State.Closed;
            if (IsClose)
                throw Errors.Raise(ExceptionTypes.RuntimeError, "async generator ignored GeneratorExit");
            done = true;
            return wrapped.Value;
        }
        done = false;
        return result;
    }

    public override PyObject? Next()
    {
        var result = Send(PyNone.Instance, out bool done);
        if (done)
            throw PyGenerator.StopIteration(result);
        return result;
    }

    internal static void Register()
    {
        foreach (var type in new[] { SendType, ThrowType })
        {
            type.Method("send", (args, kw) => Finish(((PyAsyncGenAwaitable)args[0]).Send(args[1], out bool done), done));
            type.Method("throw", (args, kw) => Finish(((PyAsyncGenAwaitable)args[0]).Throw(Ops.ThrownException(args[1..]), out bool done), done));
            type.Method("close", (args, kw) =>
            {
                ((PyAsyncGenAwaitable)args[0])._state = State.Closed;
                return PyNone.Instance;
            });
            type.Method("__await__", (args, kw) => args[0]);
        }

        var agen = PyGenerator.AsyncGeneratorType;
        static PyGenerator G(PyObject o) => (PyGenerator)o;
        agen.Method("__aiter__", (args, kw) => args[0]);
        agen.Method("__anext__", (args, kw) => ASend(G(args[0]), PyNone.Instance));
        agen.Method("asend", (args, kw) => ASend(G(args[0]), args[1]));
        agen.Method("athrow", (args, kw) => AThrow(G(args[0]), Ops.ThrownException(args[1..])));
        agen.Method("aclose", (args, kw) => AThrow(G(args[0]), null));
    }

    private static PyObject Finish(PyObject result, bool done) => done ? throw PyGenerator.StopIteration(result) : result;
}
