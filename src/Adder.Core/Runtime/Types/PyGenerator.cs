using Adder.Bytecode;
using Adder.Runtime.Interpreter;

namespace Adder.Runtime;

/// <summary>
/// Generators, coroutines and async generators: a suspended frame. Each resumption runs the frame until
/// its next YIELD_VALUE (the yielded value) or RETURN_VALUE (StopIteration with the returned value).
/// While the frame is suspended inside <c>yield from</c> / <c>await</c>, send, throw and close are
/// passed on to the inner iterator (Objects/genobject.c).
/// </summary>
public sealed class PyGenerator : PyIterator, ISendTarget
{
    public static readonly PyType TypeObject = PyType.Builtin("generator");
    public static readonly PyType CoroutineType = PyType.Builtin("coroutine");
    public static readonly PyType AsyncGeneratorType = PyType.Builtin("async_generator");

    private readonly Frame _frame;
    private bool _started;

    public PyGenerator(Frame frame)
        : base((frame.Code.Flags & CodeFlags.Coroutine) != 0 ? CoroutineType
            : (frame.Code.Flags & CodeFlags.AsyncGenerator) != 0 ? AsyncGeneratorType : TypeObject)
    {
        _frame = frame;
    }

    /// <summary>A coroutine (async def) rather than a generator: awaited, not iterated.</summary>
    public bool IsCoroutine => ReferenceEquals(Type, CoroutineType);

    public bool IsAsyncGenerator => ReferenceEquals(Type, AsyncGeneratorType);

    /// <summary>A generator decorated with types.coroutine: awaitable like a coroutine.</summary>
    public bool IsIterableCoroutine => (_frame.Code.Flags & CodeFlags.IterableCoroutine) != 0;

    public bool Finished { get; private set; }
    public bool Running { get; private set; }
    public bool Suspended => _started && !Finished && !Running;

    /// <summary>A coroutine that something already awaits (a second await is an error).</summary>
    public bool Awaited { get; set; }

    /// <summary>What the generator returned (the value of a "yield from" it was driven by).</summary>
    public PyObject? ReturnValue { get; private set; }

    public string Name => _frame.Code.Name;

    public string Qualname => _frame.Function?.Qualname ?? _frame.Code.Qualname;

    public PyCode Code => _frame.Code;

    public PyObject FrameObject => Finished ? PyNone.Instance : PyFrameObject.Of(_frame);

    private string KindName => IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator";

    /// <summary>The iterator a suspended <c>yield from</c> or <c>await</c> is driving, or null.</summary>
    public PyObject? YieldFrom
    {
        get
        {
            if (!Suspended)
                return null;
            ushort next = _frame.Code.Instructions[_frame.Ip];
            return PyCode.OpcodeAt(next) == Opcode.Resume && PyCode.OpargAt(next) >= 2 ? _frame.Slots[_frame.StackTop - 1].Value : null;
        }
    }

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
            throw Errors.Type($"can't send non-None value to a just-started {KindName}");
        var result = Resume(value, null, out bool returned);
        if (returned)
            throw StopIteration(result);
        return result;
    }

    /// <summary>send without StopIteration: the result and whether the generator returned it.</summary>
    public PyObject SendOrReturn(PyObject value, out bool returned)
    {
        if (!_started && value is not PyNone)
            throw Errors.Type($"can't send non-None value to a just-started {KindName}");
        return Resume(value, null, out returned);
    }

    /// <summary>throw(exc): raises <paramref name="exception"/> at the paused yield (or in what it delegates to).</summary>
    public PyObject Throw(PyBaseException exception)
    {
        var result = ThrowOrReturn(exception, out bool returned);
        if (returned)
            throw StopIteration(result);
        return result;
    }

    public PyObject ThrowOrReturn(PyBaseException exception, out bool returned)
    {
        if (YieldFrom is { } inner)
        {
            if (exception.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
            {
                CloseInner(inner);
            }
            else
            {
                PyObject yielded;
                try
                {
                    Running = true;
                    if (inner is PyGenerator g)
                    {
                        yielded = g.Throw(exception);
                    }
                    else if (Ops.LookupAttr(inner, "throw") is { } throwMethod)
                    {
                        yielded = Ops.Call(throwMethod, new PyObject[] { exception });
                    }
                    else
                    {
                        Running = false;
                        return Resume(PyNone.Instance, exception, out returned);
                    }
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
                {
                    // The inner iterator finished: its value is the result of the yield from.
                    Running = false;
                    LeaveYieldFrom();
                    return Resume(e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance, null, out returned);
                }
                catch (PyException e)
                {
                    Running = false;
                    return Resume(PyNone.Instance, e.Value, out returned);
                }
                finally
                {
                    Running = false;
                }
                returned = false;
                return yielded;
            }
        }
        return Resume(PyNone.Instance, exception, out returned);
    }

    /// <summary>Moves a frame suspended in a yield-from loop to the loop's exit, dropping the inner iterator.</summary>
    private void LeaveYieldFrom()
    {
        var code = _frame.Code.Instructions;
        // Suspended at RESUME; next comes JUMP_BACKWARD_NO_INTERRUPT to the SEND whose target is the exit.
        int jump = _frame.Ip + 1;
        int send = jump + 1 - PyCode.OpargAt(code[jump]);
        _frame.Ip = send + 1 + PyCode.OpargAt(code[send]);
        _frame.Slots[--_frame.StackTop].Value = null;
    }

    private static void CloseInner(PyObject inner)
    {
        if (inner is PyGenerator g)
            g.Close();
        else if (Ops.LookupAttr(inner, "close") is { } close)
            Ops.Call(close, ReadOnlySpan<PyObject>.Empty);
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
            ThrowOrReturn(new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty), out bool returned);
            if (!returned)
                throw Errors.Raise(ExceptionTypes.RuntimeError, $"{KindName} ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
        }
    }

    internal static PyException StopIteration(PyObject value) =>
        new(new PyBaseException(ExceptionTypes.StopIteration, value is PyNone ? PyTuple.Empty : new PyTuple(new[] { value })));

    private PyObject Resume(PyObject sent, PyBaseException? thrown, out bool returned)
    {
        if (Running)
            throw Errors.Value($"{KindName} already executing");
        if (Finished)
        {
            if (thrown is not null)
                throw new PyException(thrown);
            if (IsCoroutine)
                throw Errors.Raise(ExceptionTypes.RuntimeError, "cannot reuse already awaited coroutine");
            returned = true;
            return PyNone.Instance;
        }
        if (!_started && thrown is not null)
        {
            // Thrown into a generator that never ran: it finishes without running.
            Finished = true;
            throw new PyException(thrown);
        }
        Running = true;
        try
        {
            _started = true;
            _frame.Slots[_frame.StackTop++].Value = sent;
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
            var leaving = Raised(e.Value);
            if (!ReferenceEquals(leaving, e.Value))
                throw new PyException(leaving);
            throw;
        }
        finally
        {
            Running = false;
        }
    }

    /// <summary>The body raised <paramref name="exception"/>: the generator is finished, and what leaves it
    /// is the exception, or (PEP 479) a RuntimeError for a StopIteration (and, from an async generator,
    /// a StopAsyncIteration).</summary>
    private PyBaseException Raised(PyBaseException exception)
    {
        Finished = true;
        bool stop = exception.Type.IsSubtypeOf(ExceptionTypes.StopIteration);
        if (!stop && !(IsAsyncGenerator && exception.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)))
            return exception;
        string what = stop ? "StopIteration" : "StopAsyncIteration";
        return new PyBaseException(ExceptionTypes.RuntimeError, new PyTuple(new PyObject[] { new PyStr($"{KindName} raised {what}") }))
        {
            Cause = exception,
            Context = exception,
            SuppressContext = true,
        };
    }

    /// <summary>FOR_ITER resuming a plain generator in the caller's evaluation loop (rather than in a loop
    /// of its own): the generator's frame, ready to run under <paramref name="caller"/>, or null when the
    /// generator cannot be resumed (running, finished: the general path says why).</summary>
    internal Frame? EnterInline(Frame caller)
    {
        if (Running || Finished || !ReferenceEquals(Type, TypeObject))
            return null;
        Running = true;
        _started = true;
        _frame.Slots[_frame.StackTop++].Value = PyNone.Instance;
        _frame.InlineGenerator = this;
        // Usually the same thread and caller as last time: compared rather than stored (GC write barriers).
        if (!ReferenceEquals(_frame.Thread, caller.Thread))
            _frame.Thread = caller.Thread;
        return ReferenceEquals(_frame.Back, caller) ? _frame : _frame.WithBack(caller);
    }

    /// <summary>A builtin consuming this generator in the caller's loop (sum(x for x in ...)): the frame, or
    /// null as <see cref="EnterInline"/>. Each value yielded goes to <paramref name="consumer"/>.</summary>
    internal Frame? EnterConsumed(Frame caller, IterableConsumer consumer)
    {
        var frame = EnterInline(caller);
        if (frame is not null)
            Consumer = consumer;
        return frame;
    }

    /// <summary>The builtin consuming the generator while it runs inline (see <see cref="EnterConsumed"/>).</summary>
    internal IterableConsumer? Consumer;

    /// <summary>The inline-resumed frame yielded (<paramref name="returned"/> false) or returned.</summary>
    internal void LeaveInline(bool returned, PyObject value)
    {
        Running = false;
        Consumer = null;
        _frame.InlineGenerator = null;
        if (returned)
        {
            Finished = true;
            ReturnValue = value;
        }
    }

    /// <summary>An exception leaves the inline-resumed frame: what the caller sees (see <see cref="Raised"/>).</summary>
    internal PyBaseException LeaveInline(PyBaseException exception)
    {
        Running = false;
        Consumer = null;
        _frame.InlineGenerator = null;
        return Raised(exception);
    }

    PyObject ISendTarget.Send(PyObject value, out bool done) => SendOrReturn(value, out done);

    PyObject ISendTarget.Throw(PyBaseException exception, out bool done) => ThrowOrReturn(exception, out done);

    internal static void Register()
    {
        static PyGenerator G(PyObject o) => (PyGenerator)o;
        foreach (var type in new[] { TypeObject, CoroutineType })
        {
            type.Method("send", (args, kw) => G(args[0]).Send(args[1]));
            type.Method("throw", (args, kw) => G(args[0]).Throw(Ops.ThrownException(args[1..])));
            type.Method("close", (args, kw) =>
            {
                G(args[0]).Close();
                return PyNone.Instance;
            });
        }
        CoroutineType.Method("__await__", (args, kw) => new PyCoroutineWrapper(G(args[0])));
        foreach (var (type, prefix) in new[] { (TypeObject, "gi_"), (CoroutineType, "cr_"), (AsyncGeneratorType, "ag_") })
        {
            type.GetSet("__name__", o => new PyStr(G(o).Name));
            type.GetSet("__qualname__", o => new PyStr(G(o).Qualname));
            type.GetSet(prefix + "running", o => PyBool.From(G(o).Running));
            type.GetSet(prefix + "frame", o => G(o).FrameObject);
            type.GetSet(prefix + "code", o => G(o).Code);
            type.GetSet(prefix + (type == TypeObject ? "yieldfrom" : "await"), o => G(o).YieldFrom ?? PyNone.Instance);
            if (type != AsyncGeneratorType)
                type.GetSet(prefix + "suspended", o => PyBool.From(G(o).Suspended));
        }
        CoroutineType.GetSet("cr_origin", o => PyNone.Instance);
        PyAsyncGenAwaitable.Register();
        PyCoroutineWrapper.TypeObject.Method("send", (args, kw) => ((PyCoroutineWrapper)args[0]).Coroutine.Send(args[1]));
        PyCoroutineWrapper.TypeObject.Method("throw", (args, kw) => ((PyCoroutineWrapper)args[0]).Coroutine.Throw(Ops.ThrownException(args[1..])));
        PyCoroutineWrapper.TypeObject.Method("close", (args, kw) =>
        {
            ((PyCoroutineWrapper)args[0]).Coroutine.Close();
            return PyNone.Instance;
        });
    }

    public override string ToString() =>
        $"<{(IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async_generator" : "generator")} object {Qualname} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this):x}>";
}

/// <summary>coroutine.__await__(): an iterator that drives the coroutine.</summary>
public sealed class PyCoroutineWrapper : PyIterator, ISendTarget
{
    public static readonly PyType TypeObject = PyType.Builtin("coroutine_wrapper");

    public PyCoroutineWrapper(PyGenerator coroutine)
        : base(TypeObject)
    {
        Coroutine = coroutine;
    }

    public PyGenerator Coroutine { get; }

    public override PyObject? Next() => Coroutine.Next();

    public PyObject Send(PyObject value, out bool done) => Coroutine.SendOrReturn(value, out done);

    public PyObject Throw(PyBaseException exception, out bool done) => Coroutine.ThrowOrReturn(exception, out done);
}
