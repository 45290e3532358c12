using Adder.Runtime.Interpreter;

namespace Adder.Runtime;

/// <summary>
/// A generator: a suspended frame. Each resumption runs the frame until its next YIELD_VALUE (the
/// yielded value) or RETURN_VALUE (StopIteration with the returned value).
/// </summary>
public sealed class PyGenerator : PyIterator
{
    public static readonly PyType TypeObject = PyType.Builtin("generator");
    public static readonly PyType CoroutineType = PyType.Builtin("coroutine");

    private readonly Frame _frame;
    private bool _started;
    private bool _running;

    public PyGenerator(Frame frame)
        : base((frame.Code.Flags & CodeFlags.Coroutine) != 0 ? CoroutineType : TypeObject)
    {
        _frame = frame;
    }

    /// <summary>A coroutine (async def) rather than a generator: awaited, not iterated.</summary>
    public bool IsCoroutine => ReferenceEquals(Type, CoroutineType);

    public bool Finished { get; private set; }

    /// <summary>What the generator returned (the value of a "yield from" it was driven by).</summary>
    public PyObject? ReturnValue { get; private set; }

    public string Name => _frame.Code.Name;

    public string Qualname => _frame.Function?.Qualname ?? _frame.Code.Qualname;

    /// <summary>Iteration: the next value, or null once the generator has returned.</summary>
    public override PyObject? Next()
    {
        var result = Resume(PyNone.Instance, null, out bool returned);
        return returned ? null : result;
    }

    /// <summary>send(value): the next yielded value; throws StopIteration(value) when the generator returns.</summary>
    public PyObject Send(PyObject value)
    {
        if (!_started && value is not PyNone)
            throw Errors.Type("can't send non-None value to a just-started generator");
        var result = Resume(value, null, out bool returned);
        if (returned)
            throw StopIteration(result);
        return result;
    }

    /// <summary>throw(exc): raises <paramref name="exception"/> at the paused yield.</summary>
    public PyObject Throw(PyBaseException exception)
    {
        var result = Resume(PyNone.Instance, exception, out bool returned);
        if (returned)
            throw StopIteration(result);
        return result;
    }

    /// <summary>close(): GeneratorExit at the paused yield; yielding in response is a RuntimeError.</summary>
    public void Close()
    {
        if (Finished || !_started)
        {
            Finished = true;
            return;
        }
        try
        {
            Resume(PyNone.Instance, new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty), out bool returned);
            if (!returned)
                throw Errors.Raise(ExceptionTypes.RuntimeError, "generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
        }
    }

    private static PyException StopIteration(PyObject value) =>
        new(new PyBaseException(ExceptionTypes.StopIteration, value is PyNone ? PyTuple.Empty : new PyTuple(new[] { value })));

    private PyObject Resume(PyObject sent, PyBaseException? thrown, out bool returned)
    {
        if (_running)
            throw Errors.Value("generator already executing");
        if (Finished)
        {
            if (thrown is not null)
                throw new PyException(thrown);
            if (IsCoroutine)
                throw Errors.Raise(ExceptionTypes.RuntimeError, "cannot reuse already awaited coroutine");
            returned = true;
            return PyNone.Instance;
        }
        _running = true;
        try
        {
            _started = true;
            _frame.Slots[_frame.StackTop++] = sent;
            _frame.PendingThrow = thrown;
            var result = Interpreter.Interpreter.Resume(_frame);
            returned = !_frame.Yielded;
            if (returned)
            {
                Finished = true;
                ReturnValue = result;
            }
            return result;
        }
        catch (PyException e)
        {
            Finished = true;
            // PEP 479: a StopIteration escaping the generator body becomes a RuntimeError.
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                var error = new PyBaseException(ExceptionTypes.RuntimeError, new PyTuple(new PyObject[] { new PyStr("generator raised StopIteration") }))
                {
                    Cause = e.Value,
                    Context = e.Value,
                    SuppressContext = true,
                };
                throw new PyException(error);
            }
            throw;
        }
        finally
        {
            _running = false;
        }
    }
}
