using System.Runtime.CompilerServices;
using Adder.Bytecode;

namespace Adder.Runtime.Interpreter;

/// <summary>
/// The evaluation loop: one method, one switch over CPython 3.11's instructions, the current frame's
/// state in locals. Calls between Python functions push a frame and continue in the same loop, so
/// Python recursion never becomes C# recursion.
/// </summary>
public static class Interpreter
{
    /// <summary>sys.getrecursionlimit(): how deep Python calls may nest.</summary>
    public static int RecursionLimit
    {
        get => ThreadState.RecursionLimit;
        set => ThreadState.RecursionLimit = value;
    }

    /// <summary>The exception being handled on this thread (sys.exc_info()).</summary>
    public static PyBaseException? HandledException => ThreadState.Current.Handled;

    /// <summary>Runs <paramref name="entry"/> (a frame just pushed on this thread) in a nested evaluation loop.</summary>
    public static PyObject Run(Frame entry) => Run(entry, entry.Thread);

    // How many evaluation loops may nest before each further one checks the C# stack left: any thread's
    // stack holds this many, and the check is a call into the runtime (a tenth of a call from C# into Python).
    private const int UncheckedNesting = 16;

    private static PyObject Run(Frame entry, ThreadState thread)
    {
        if (thread.NestedLoops >= UncheckedNesting && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.Raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        var outer = thread.CurrentFrame;
        entry.IsEntry = true;
        entry.Thread = thread;
        thread.NestedLoops++;
        try
        {
            return RunLoop(entry, thread);
        }
        finally
        {
            thread.NestedLoops--;
            entry.IsEntry = false;
            thread.CurrentFrame = outer;
        }
    }

    // Execute returns this when Python code raised (RAISE_VARARGS, RERAISE...): the exception waits in
    // the thread state, and RunLoop unwinds to a handler without a .NET exception being thrown.
    private static readonly PyObject s_raised = new PyCell(null);

    // What MATCH_KEYS passes to get() as the default, to tell a missing key from a None value.
    private static readonly PyObject s_missingKey = new PyCell(null);

    /// <summary>A builtin's exception, returned rather than thrown (<see cref="Errors.Pending"/>).</summary>
    internal static PyObject SetRaised(PyBaseException exc)
    {
        var thread = ThreadState.Current;
        thread.Raised = exc;
        thread.RaisedAgain = false;
        return s_raised;
    }

    /// <summary>A builtin's result as callers outside the evaluation loop take it: its pending exception
    /// thrown.</summary>
    internal static PyObject ThrowIfRaised(PyObject result)
    {
        if (!ReferenceEquals(result, s_raised))
            return result;
        var thread = ThreadState.Current;
        var exc = thread.Raised!;
        thread.Raised = null;
        throw new PyException(exc);
    }

    /// <summary>Makes Execute leave with <paramref name="exc"/> raised (a re-raise keeps its traceback).</summary>
    private static PyObject Raise(ThreadState thread, Frame f, int sp, PyBaseException exc, bool reraise)
    {
        f.StackTop = sp;
        thread.Raised = exc;
        thread.RaisedAgain = reraise;
        return s_raised;
    }

    private static PyObject RunLoop(Frame entry, ThreadState thread)
    {
        var f = entry;
        while (true)
        {
            PyBaseException exc;
            bool reraise;
            try
            {
                var result = Execute(f);
                if (!ReferenceEquals(result, s_raised))
                    return result;
                exc = thread.Raised!;
                reraise = thread.RaisedAgain;
                thread.Raised = null;
            }
            catch (Exception thrown) when (thrown is PyException || IsInterpreterBug(thrown))
            {
                var e = thrown as PyException ?? AsSystemError(thrown);
                exc = e.Value;
                reraise = e.IsReraise;
            }
            // Outside the catch: unwinding a deep stack must not nest .NET exception dispatches. An
            // exception leaving this loop reaches a caller's frame, which its traceback does not have yet.
            // Execute keeps the thread's current frame up to date: that is the frame that raised.
            f = thread.CurrentFrame!;
            if (!Unwind(ref f, entry, ref exc, reraise, thread.Handled))
                throw new PyException(exc);
        }
    }

    /// <summary>Finds a handler for <paramref name="exc"/> in this frame or a caller up to
    /// <paramref name="entry"/>, adding each frame left to the traceback; false if none handles it.</summary>
    private static bool Unwind(ref Frame f, Frame entry, ref PyBaseException exc, bool reraise, PyBaseException? handled)
    {
        if (!reraise && exc.Context is null && handled is not null && !ReferenceEquals(handled, exc))
            exc.Context = handled;
        bool recordFrame = !reraise;
        while (true)
        {
            if (recordFrame)
                exc.Traceback = new PyTraceback(PyFrameObject.Of(f), f.LastInstruction * 2, f.Code.LineOf(f.LastInstruction), exc.Traceback);
            recordFrame = true;
            if (FindHandler(f.Code, f.LastInstruction) is { } handler)
            {
                int sp = f.Code.LocalsPlusCount + handler.Depth;
                Array.Clear(f.Slots, sp, f.End - sp);
                if (handler.PushLasti)
                    f.Slots[sp++].Value = PyInt.From(f.LastInstruction);
                f.Slots[sp++].Value = exc;
                f.StackTop = sp;
                f.Ip = handler.Target;
                return true;
            }
            f.Release();
            if (ReferenceEquals(f, entry))
                return false;
            if (f.InlineGenerator is { } generator)
                exc = generator.LeaveInline(exc);
            f = f.Back!;
        }
    }

    /// <summary>.NET exceptions that mean a bug in Adder's runtime. They surface as Python's SystemError,
    /// so a program sees a Python exception (catchable, with a Python traceback) and never a C# crash.</summary>
    private static bool IsInterpreterBug(Exception e) =>
        e is InvalidCastException or IndexOutOfRangeException or ArgumentException or NullReferenceException
            or InvalidOperationException or OverflowException or FormatException or KeyNotFoundException
            or NotSupportedException or NotImplementedException;

    private static PyException AsSystemError(Exception e) =>
        Errors.Raise(ExceptionTypes.SystemError, $"internal error in Adder: {e.GetType().Name}: {e.Message}");

    /// <summary>GetIter for *x in a display, with CPython's message when x is not iterable (kept out of
    /// <see cref="Execute"/> so the loop has no extra try region).</summary>
    private static PyIterator StarredIterator(PyObject iterable, string what = "Value after *")
    {
        try
        {
            return Ops.GetIter(iterable);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && iterable.Type.Lookup("__iter__") is null
            && iterable.Type.Lookup("__getitem__") is null)
        {
            throw Errors.Type($"{what} must be an iterable, not {iterable.Type.Name}");
        }
    }

    /// <summary>f(*x) with x not a tuple: its items, or CPython's error naming the function.</summary>
    private static PyTuple CallArguments(PyObject callable, PyObject iterable)
    {
        if (iterable is PyList list)
            return new PyTuple(list.Items.ToArray());
        var it = StarredIterator(iterable, $"{Ops.FunctionStr(callable)} argument after *");
        var items = new List<PyObject>();
        for (var x = it.Next(); x is not null; x = it.Next())
            items.Add(x);
        return new PyTuple(items.ToArray());
    }

    private static ExceptionTableEntry? FindHandler(PyCode code, int instruction)
    {
        foreach (var entry in code.ExceptionTable)
        {
            if (instruction >= entry.Start && instruction < entry.End)
                return entry;
        }
        return null;
    }

    // Fully optimized from the first call: the loop runs long, and tier-0/OSR code measured ~1.5x slower.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private static unsafe PyObject Execute(Frame f)
    {
        // Few long-lived locals, so that the compiler keeps the hot ones (f, ip, slots, sp, oparg) in the
        // five callee-saved registers; the thread state and the inline caches are reached through f.
        // The thread's CurrentFrame follows f at each call and return, so an exception leaving this
        // method is known to come from it.
        var slots = f.Slots;
        int sp = f.StackTop;
        ushort* ip = f.Code.AdaptiveBase + f.Ip;
        Frame? callee = null;
        // An operand or result passed from one instruction to its known successor in a register rather
        // than through the value stack, where every store pays a GC write barrier (see *Rhs labels).
        PyObject rhs;
        // The left operand, when both operands of an operator come in registers (LOAD_FAST_LOAD_FAST,
        // LOAD_FAST_LOAD_CONST; the *LhsRhs labels).
        PyObject lhs;
        // The inline cache entry of the instruction at hand: one variable for all the specialized forms, so
        // that they share one slot of this method's stack frame (each slot is zeroed at every entry).
        ref InlineCache cache = ref Unsafe.NullRef<InlineCache>();
        f.Thread.CurrentFrame = f;
        if (f.PendingThrow is { } pending)
        {
            f.PendingThrow = null;
            f.Instruction = ip - 1;
            throw new PyException(pending);
        }

        while (true)
        {
            f.Instruction = ip;
            ushort word = *ip++;
            int oparg = word >> 8;
            var op = (Opcode)(word & 0xFF);
        dispatch:
            switch (op)
            {
                case Opcode.ExtendedArg:
                    // Rare: kept out of the path every instruction takes.
                    word = *ip++;
                    oparg = (oparg << 8) | (word >> 8);
                    op = (Opcode)(word & 0xFF);
                    goto dispatch;
                case Opcode.Nop:
                case Opcode.Resume:
                case Opcode.Cache:
                    break;
                case Opcode.PopTop:
                    slots[--sp].Value = null;
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op == Opcode.JumpBackward)
                        goto jumpBackward;
                    goto dispatch;
                case Opcode.PushNull:
                    slots[sp++].Value = null;
                    break;
                case Opcode.Copy:
                    slots[sp].Value = slots[sp - oparg].Value;
                    sp++;
                    break;
                case Opcode.Swap:
                    if (oparg == 2 && (Opcode)(*ip & 0xFF) == Opcode.StoreAttrInstanceValue)
                    {
                        // a.x op= v: the object and the value go on to the attribute store in registers (no
                        // swap: its two stores each pay a GC write barrier).
                        rhs = slots[sp - 2].Value!;
                        lhs = slots[sp - 1].Value!;
                        sp -= 2;
                        slots[sp].Value = slots[sp + 1].Value = null;
                        f.Instruction = ip;
                        oparg = *ip++ >> 8;
                        op = Opcode.StoreAttrInstanceValue;
                        goto storeAttrInstanceValueLhsRhs;
                    }
                    (slots[sp - 1].Value, slots[sp - oparg].Value) = (slots[sp - oparg].Value, slots[sp - 1].Value);
                    break;
                case Opcode.LoadConst:
                    rhs = f.Code.Consts[oparg];
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                        goto binaryOpIntRhs;
                    if (op == Opcode.CompareOpStrJump)
                        goto compareOpStrJumpRhs;
                    slots[sp++].Value = rhs;
                    if (op == Opcode.BinaryOpInt)
                        goto binaryOpInt;
                    goto dispatch;
                case Opcode.LoadFast:
                    rhs = slots[oparg].Value!;
                    if (rhs is null)
                        throw UnboundLocal(f.Code, oparg);
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op == Opcode.LoadAttrInstanceValue)
                        goto loadAttrInstanceValueRhs;
                    if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                        goto binaryOpIntRhs;
                    if (op is Opcode.BinaryOpAddFloat or Opcode.BinaryOpSubtractFloat or Opcode.BinaryOpMultiplyFloat)
                        goto binaryOpFloatRhs;
                    if (op == Opcode.CompareOpIntJump)
                        goto compareOpIntJumpRhs;
                    if (op == Opcode.StoreAttrInstanceValue)
                        goto storeAttrInstanceValueRhs;
                    if (op == Opcode.LoadMethodWithValues)
                        goto loadMethodWithValuesRhs;
                    if (op == Opcode.BinarySubscrListInt)
                        goto binarySubscrListIntRhs;
                    if (op == Opcode.StoreSubscrListInt)
                        goto storeSubscrListIntRhs;
                    slots[sp++].Value = rhs;
                    goto dispatch;
                case Opcode.LoadFastLoadFast:
                    {
                        lhs = slots[oparg].Value!;
                        if (lhs is null)
                            throw UnboundLocal(f.Code, oparg);
                        oparg = *ip++ >> 8;
                        rhs = slots[oparg].Value!;
                        if (rhs is null)
                        {
                            f.Instruction = ip - 1;
                            throw UnboundLocal(f.Code, oparg);
                        }
                        f.Instruction = ip;
                        word = *ip++;
                        oparg = word >> 8;
                        op = (Opcode)(word & 0xFF);
                        if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                            goto binaryOpIntLhsRhs;
                        if (op == Opcode.CompareOpIntJump)
                            goto compareOpIntJumpLhsRhs;
                        if (op is Opcode.BinaryOpAddFloat or Opcode.BinaryOpSubtractFloat or Opcode.BinaryOpMultiplyFloat)
                            goto binaryOpFloatLhsRhs;
                        if (op == Opcode.CompareOpFloatJump)
                            goto compareOpFloatJumpLhsRhs;
                        if (op == Opcode.BinarySubscrListInt)
                            goto binarySubscrListIntLhsRhs;
                        if (op == Opcode.StoreSubscrListInt)
                            goto storeSubscrListIntLhsRhs;
                        slots[sp++].Value = lhs;
                        if (op == Opcode.StoreAttrInstanceValue)
                            goto storeAttrInstanceValueRhs;
                        slots[sp++].Value = rhs;
                        goto dispatch;
                    }
                case Opcode.LoadFastLoadConst:
                    {
                        lhs = slots[oparg].Value!;
                        if (lhs is null)
                            throw UnboundLocal(f.Code, oparg);
                        rhs = f.Code.Consts[*ip++ >> 8];
                        f.Instruction = ip;
                        word = *ip++;
                        oparg = word >> 8;
                        op = (Opcode)(word & 0xFF);
                        if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                            goto binaryOpIntLhsRhs;
                        if (op == Opcode.CompareOpIntJump)
                            goto compareOpIntJumpLhsRhs;
                        if (op == Opcode.CompareOpStrJump)
                            goto compareOpStrJumpLhsRhs;
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        if (op == Opcode.BinaryOpInt)
                            goto binaryOpInt;
                        goto dispatch;
                    }
                case Opcode.LoadConstLoadFast:
                    {
                        slots[sp++].Value = f.Code.Consts[oparg];
                        oparg = *ip++ >> 8;
                        rhs = slots[oparg].Value!;
                        if (rhs is null)
                        {
                            f.Instruction = ip - 1;
                            throw UnboundLocal(f.Code, oparg);
                        }
                        // self.x = constant: the object goes on in rhs.
                        if ((Opcode)(*ip & 0xFF) == Opcode.StoreAttrInstanceValue)
                        {
                            f.Instruction = ip;
                            oparg = *ip++ >> 8;
                            goto storeAttrInstanceValueRhs;
                        }
                        slots[sp++].Value = rhs;
                        break;
                    }
                case Opcode.StoreFastStoreFast:
                    slots[oparg].Value = slots[--sp].Value;
                    slots[*ip++ >> 8].Value = slots[--sp].Value;
                    slots[sp].Value = slots[sp + 1].Value = null;
                    break;
                case Opcode.StoreFast:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                storeFastRhs:
                    slots[oparg].Value = rhs;
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op == Opcode.JumpBackward)
                        goto jumpBackward;
                    goto dispatch;
                case Opcode.LoadName:
                    sp = LoadName(f, slots, sp, oparg);
                    break;
                case Opcode.StoreName:
                    sp = StoreName(f, slots, sp, oparg);
                    break;
                case Opcode.LoadGlobal:
                    if (Specializer.Due(ip))
                        Specializer.LoadGlobal(f.Code, f.Code.Adaptive, Offset(f, ip), f.Globals, f.Builtins, f.Code.NameObjects[oparg >> 1]);
                loadGlobal:
                    sp = LoadGlobal(f, slots, sp, oparg);
                    ip += 5;
                    break;
                case Opcode.LoadGlobalModule:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        if (f.Globals.KeysVersion == cache.Version)
                        {
                            if ((oparg & 1) != 0)
                                slots[sp++].Value = null;
                            slots[sp++].Value = f.Globals.EntryValue(cache.Index);
                            ip += 5;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadGlobal;
                    }
                case Opcode.LoadGlobalBuiltin:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        if (f.Globals.KeysVersion == cache.Version && f.Builtins.KeysVersion == cache.Version2)
                        {
                            if ((oparg & 1) != 0)
                                slots[sp++].Value = null;
                            slots[sp++].Value = f.Builtins.EntryValue(cache.Index);
                            ip += 5;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadGlobal;
                    }
                case Opcode.StoreGlobal:
                    sp = StoreGlobal(f, slots, sp, oparg);
                    break;
                case Opcode.StoreAttr:
                    if (Specializer.Due(ip))
                        Specializer.StoreAttr(f.Code, f.Code.Adaptive, Offset(f, ip), slots[sp - 1].Value!, f.Code.Names[oparg]);
                storeAttr:
                    {
                        var owner = slots[--sp].Value!;
                        var value = slots[--sp].Value!;
                        slots[sp].Value = slots[sp + 1].Value = null;
                        Ops.SetAttr(owner, f.Code.Names[oparg], value);
                        ip += 4;
                        break;
                    }
                case Opcode.StoreAttrInstanceValue:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                storeAttrInstanceValueRhs:
                    // The object in rhs (popped, or never pushed by the load before), the value on the stack.
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                storeAttrInstanceValueLhsRhs:
                    {
                        // The value in lhs, the object in rhs.
                        cache = ref f.Code.Caches[ip[1]];
                        if ((rhs.Type.VersionTag == cache.Version || Specializer.AlsoFits(ref cache, rhs, Opcode.StoreAttrInstanceValue, f.Code.Names[oparg]))
                            && rhs is PyInstance instance && instance.Attributes.TryStoreAt(cache.Index, lhs))
                        {
                            ip += 4;
                            break;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto storeAttr;
                    }
                case Opcode.StoreAttrSlot:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        var owner = slots[sp - 1].Value!;
                        if (owner.Type.VersionTag == cache.Version && owner is PyInstance instance)
                        {
                            ObjectArrays.Store(instance.SlotValues ??= new PyObject?[owner.Type.SlotCount], cache.Index, slots[sp - 2].Value!);
                            sp -= 2;
                            slots[sp].Value = slots[sp + 1].Value = null;
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto storeAttr;
                    }
                case Opcode.DeleteAttr:
                    sp = DeleteAttr(f, slots, sp, oparg);
                    break;
                case Opcode.SetupAnnotations:
                    sp = SetupAnnotations(f, slots, sp, oparg);
                    break;
                case Opcode.LoadBuildClass:
                    slots[sp++].Value = Builtins.BuildClass;
                    break;
                case Opcode.LoadClassderef:
                    sp = LoadClassderef(f, slots, sp, oparg);
                    break;
                case Opcode.LoadAttr:
                    if (Specializer.Due(ip))
                        Specializer.LoadAttr(f.Code, f.Code.Adaptive, Offset(f, ip), slots[sp - 1].Value!, f.Code.Names[oparg]);
                loadAttr:
                    slots[sp - 1].Value = Ops.GetAttr(slots[sp - 1].Value!, f.Code.Names[oparg]);
                    ip += 4;
                    break;
                case Opcode.LoadAttrInstanceValue:
                    rhs = slots[--sp].Value!;
                loadAttrInstanceValueRhs:
                    {
                        // The object in rhs (popped, or never pushed by LOAD_FAST).
                        cache = ref f.Code.Caches[ip[1]];
                        if ((rhs.Type.VersionTag == cache.Version || Specializer.AlsoFits(ref cache, rhs, op, f.Code.Names[oparg]))
                            && rhs is PyInstance instance && instance.Attributes.ValueAt(cache.Index) is { } value)
                        {
                            // The value goes on in rhs to an operator that takes it from there (a.x - b.x).
                            rhs = value;
                            ip += 4;
                            f.Instruction = ip;
                            word = *ip++;
                            oparg = word >> 8;
                            op = (Opcode)(word & 0xFF);
                            if (op is Opcode.BinaryOpAddFloat or Opcode.BinaryOpSubtractFloat or Opcode.BinaryOpMultiplyFloat)
                                goto binaryOpFloatRhs;
                            if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                                goto binaryOpIntRhs;
                            slots[sp++].Value = value;
                            goto dispatch;
                        }
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto loadAttr;
                    }
                case Opcode.LoadAttrProperty:
                    {
                        // The getter's frame, run in this loop: its return value replaces the object.
                        cache = ref f.Code.Caches[ip[1]];
                        var owner = slots[sp - 1].Value!;
                        if (owner.Type.VersionTag == cache.Version && Unsafe.As<PyProperty>(cache.Object!).Getter is PyFunction getter
                            && Specializer.IsPlainGetter(getter) && f.Depth < ThreadState.RecursionLimit)
                        {
                            callee = Frame.Push(getter.Code, getter.Globals, f.Builtins, null, f, getter);
                            callee.Slots[0].Value = owner;
                            slots[--sp].Value = null;
                            ip += 4;
                            goto enterFrame;
                        }
                        Specializer.Miss(ip);
                        goto loadAttr;
                    }
                case Opcode.LoadAttrSlot:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        var owner = slots[sp - 1].Value!;
                        if (owner.Type.VersionTag == cache.Version && owner is PyInstance { SlotValues: { } values }
                            && values[cache.Index] is { } value)
                        {
                            slots[sp - 1].Value = value;
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadAttr;
                    }
                case Opcode.LoadAttrModule:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        if (slots[sp - 1].Value is PyModule module && module.Dict.KeysVersion == cache.Version)
                        {
                            slots[sp - 1].Value = module.Dict.EntryValue(cache.Index);
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadAttr;
                    }
                case Opcode.LoadMethodWithValues:
                    rhs = slots[--sp].Value!;
                loadMethodWithValuesRhs:
                    {
                        // The object in rhs (popped, or never pushed by LOAD_FAST).
                        cache = ref f.Code.Caches[ip[1]];
                        if ((rhs.Type.VersionTag == cache.Version ? cache.PyObject : Specializer.OtherMethod(f.Code, ref cache, rhs, f.Code.Names[oparg])) is { } method
                            && rhs is PyInstance { Attributes.HasDict: false })
                        {
                            slots[sp++].Value = method;
                            slots[sp++].Value = rhs;
                            ip += 10;
                            break;
                        }
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto loadMethod;
                    }
                case Opcode.LoadMethodNoDict:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        var owner = slots[sp - 1].Value!;
                        if (owner.Type.VersionTag == cache.Version)
                        {
                            slots[sp - 1].Value = cache.PyObject;
                            slots[sp++].Value = owner;
                            ip += 10;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadMethod;
                    }
                case Opcode.LoadMethodClass:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        if (slots[sp - 1].Value is PyType cls && cls.VersionTag == cache.Version)
                        {
                            slots[sp - 1].Value = null;
                            slots[sp++].Value = cache.PyObject;
                            ip += 10;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadMethod;
                    }
                case Opcode.LoadMethodModule:
                    {
                        cache = ref f.Code.Caches[ip[1]];
                        if (slots[sp - 1].Value is PyModule module && module.Dict.KeysVersion == cache.Version)
                        {
                            slots[sp - 1].Value = null;
                            slots[sp++].Value = module.Dict.EntryValue(cache.Index);
                            ip += 10;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto loadMethod;
                    }
                case Opcode.LoadMethod:
                    if (Specializer.Due(ip))
                        Specializer.LoadMethod(f.Code, f.Code.Adaptive, Offset(f, ip), slots[sp - 1].Value!, f.Code.Names[oparg]);
                loadMethod:
                    sp = LoadMethod(f, slots, sp, oparg);
                    ip += 10;
                    break;
                case Opcode.BinaryOp:
                    if (Specializer.Due(ip))
                        Specializer.BinaryOp(f.Code.Adaptive, Offset(f, ip), slots[sp - 2].Value!, slots[sp - 1].Value!, oparg);
                binaryOp:
                    {
                        if (slots[sp - 2].Value is PyInstance && (callee = EnterBinaryDunder(f, slots, sp, oparg)) is not null)
                        {
                            ip += 1;
                            goto enterFrame;
                        }
                        var b = slots[--sp].Value!;
                        slots[sp].Value = null;
                        var a = slots[sp - 1].Value!;
                        slots[sp - 1].Value = Ops.BinaryOp(a, b, oparg);
                        ip += 1;
                        break;
                    }
                // The specialized operators stay inline, one case per operand type: folded into one helper
                // (as the rarer comparisons are) they measured 28% slower on fib.
                case Opcode.BinaryOpAddInt:
                case Opcode.BinaryOpSubtractInt:
                case Opcode.BinaryOpMultiplyInt:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binaryOpIntRhs:
                    // The right operand in rhs (popped, or never pushed by the load before), the left on the stack.
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binaryOpIntLhsRhs:
                    {
                        var a = lhs;
                        var type = a.Type;
                        if (ReferenceEquals(type, rhs.Type) && ReferenceEquals(type, PyInt.TypeObject))
                        {
                            // Machine words inline (no call); a result that overflows one, or a big operand, in PyInt.
                            long x = Unsafe.As<PyInt>(a).Value, y = Unsafe.As<PyInt>(rhs).Value, r;
                            bool fits = op == Opcode.BinaryOpAddInt ? PyInt.AddWords(x, y, out r)
                                : op == Opcode.BinaryOpSubtractInt ? PyInt.SubtractWords(x, y, out r)
                                : PyInt.MultiplyWords(x, y, out r);
                            rhs = fits && a is not PyBigInt && rhs is not PyBigInt ? PyInt.From(r)
                                : IntOperation(op, Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(rhs));
                            ip += 1;
                            f.Instruction = ip;
                            word = *ip++;
                            oparg = word >> 8;
                            op = (Opcode)(word & 0xFF);
                            // The result goes on in rhs: into a local, or as the right operand of the next
                            // operator (a * b + c).
                            if (op == Opcode.StoreFast)
                                goto storeFastRhs;
                            if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                                goto binaryOpIntRhs;
                            slots[sp++].Value = rhs;
                            goto dispatch;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto binaryOp;
                    }
                case Opcode.BinaryOpAddFloat:
                case Opcode.BinaryOpSubtractFloat:
                case Opcode.BinaryOpMultiplyFloat:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binaryOpFloatRhs:
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binaryOpFloatLhsRhs:
                    {
                        var type = lhs.Type;
                        if (ReferenceEquals(type, rhs.Type) && ReferenceEquals(type, PyFloat.TypeObject))
                        {
                            double x = Unsafe.As<PyFloat>(lhs).Value, y = Unsafe.As<PyFloat>(rhs).Value;
                        floatOperation:
                            double result = op == Opcode.BinaryOpAddFloat ? x + y
                                : op == Opcode.BinaryOpSubtractFloat ? x - y
                                : x * y;
                            ip += 1;
                            f.Instruction = ip;
                            word = *ip++;
                            oparg = word >> 8;
                            op = (Opcode)(word & 0xFF);
                            if (op is Opcode.BinaryOpAddFloat or Opcode.BinaryOpSubtractFloat or Opcode.BinaryOpMultiplyFloat)
                            {
                                // The result is the next operator's right operand (a + b * c): with a float on
                                // the left it never becomes an object.
                                lhs = slots[--sp].Value!;
                                slots[sp].Value = null;
                                if (ReferenceEquals(lhs.Type, type))
                                {
                                    x = Unsafe.As<PyFloat>(lhs).Value;
                                    y = result;
                                    goto floatOperation;
                                }
                                rhs = new PyFloat(type, result);
                                goto binaryOpFloatLhsRhs;
                            }
                            rhs = new PyFloat(type, result);
                            if (op == Opcode.StoreFast)
                                goto storeFastRhs;
                            if (op == Opcode.Swap && oparg == 2 && (Opcode)(*ip & 0xFF) == Opcode.StoreAttrInstanceValue)
                            {
                                // a.x op= v: the result and the object (below it) straight to the attribute store.
                                lhs = rhs;
                                rhs = slots[--sp].Value!;
                                slots[sp].Value = null;
                                f.Instruction = ip;
                                oparg = *ip++ >> 8;
                                op = Opcode.StoreAttrInstanceValue;
                                goto storeAttrInstanceValueLhsRhs;
                            }
                            slots[sp++].Value = rhs;
                            goto dispatch;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto binaryOp;
                    }
                case Opcode.BinaryOpInt:
                case Opcode.BinaryOpFloat:
                binaryOpInt:
                    {
                        // The other operators: two ints (BINARY_OP_INT), or floats and ints (BINARY_OP_FLOAT).
                        var b = slots[sp - 1].Value!;
                        var a = slots[sp - 2].Value!;
                        bool ints = ReferenceEquals(a.Type, PyInt.TypeObject) && ReferenceEquals(b.Type, PyInt.TypeObject);
                        if (ints || op == Opcode.BinaryOpFloat && Specializer.IsIntOrFloat(a) && Specializer.IsIntOrFloat(b))
                        {
                            var kind = (BinaryOperator)(oparg >= 13 ? oparg - 13 : oparg);
                            if (ints && a is not PyBigInt && b is not PyBigInt
                                && SmallIntOperation(kind, Unsafe.As<PyInt>(a).Value, Unsafe.As<PyInt>(b).Value) is { } small)
                            {
                                slots[sp - 2].Value = small;
                                slots[--sp].Value = null;
                                ip += 1;
                                break;
                            }
                            // Division by zero raises in Python code, without a .NET exception.
                            if ((ReferenceEquals(b.Type, PyInt.TypeObject) ? Unsafe.As<PyInt>(b) is { IsBig: false, Value: 0 }
                                    : ReferenceEquals(b.Type, PyFloat.TypeObject) && Unsafe.As<PyFloat>(b).Value == 0)
                                && Ops.DivisionByZero(a, b, kind) is { } message)
                                return Raise(f.Thread, f, sp, Errors.ZeroDivision(message).Value, reraise: false);
                            slots[sp - 2].Value = (ints ? Ops.IntBinary(Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b), kind)
                                : Ops.FloatBinary(Ops.ToDouble(a), Ops.ToDouble(b), kind)) ?? Ops.BinaryOp(a, b, oparg);
                            slots[--sp].Value = null;
                            ip += 1;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto binaryOp;
                    }
                case Opcode.BinaryOpAddUnicode:
                    {
                        var b = slots[sp - 1].Value!;
                        var a = slots[sp - 2].Value!;
                        if (ReferenceEquals(a.Type, PyStr.TypeObject) && ReferenceEquals(b.Type, PyStr.TypeObject))
                        {
                            slots[sp - 2].Value = new PyStr(string.Concat(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value));
                            slots[--sp].Value = null;
                            ip += 1;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto binaryOp;
                    }
                case Opcode.BinarySubscr:
                    if (Specializer.Due(ip))
                        Specializer.BinarySubscr(f.Code.Adaptive, Offset(f, ip), slots[sp - 2].Value!, slots[sp - 1].Value!);
                binarySubscr:
                    {
                        var key = slots[--sp].Value!;
                        slots[sp].Value = null;
                        slots[sp - 1].Value = Ops.GetItem(slots[sp - 1].Value!, key);
                        ip += 4;
                        break;
                    }
                case Opcode.BinarySubscrListInt:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binarySubscrListIntRhs:
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                binarySubscrListIntLhsRhs:
                    {
                        // list[int] inline (the list in lhs, the index in rhs), the item going on in rhs to an
                        // operator or a STORE_FAST (row[k] * col[k]); out of range (IndexError) and the other
                        // forms in ItemAt.
                        if (ReferenceEquals(lhs.Type, PyList.TypeObject) && ReferenceEquals(rhs.Type, PyInt.TypeObject) && rhs is not PyBigInt)
                        {
                            var items = Unsafe.As<PyList>(lhs).Items;
                            long i = Unsafe.As<PyInt>(rhs).Value;
                            if (i < 0)
                                i += items.Count;
                            if ((ulong)i < (ulong)items.Count)
                            {
                                rhs = items[(int)i];
                                ip += 4;
                                f.Instruction = ip;
                                word = *ip++;
                                oparg = word >> 8;
                                op = (Opcode)(word & 0xFF);
                                if (op is Opcode.BinaryOpAddFloat or Opcode.BinaryOpSubtractFloat or Opcode.BinaryOpMultiplyFloat)
                                    goto binaryOpFloatRhs;
                                if (op is Opcode.BinaryOpAddInt or Opcode.BinaryOpSubtractInt or Opcode.BinaryOpMultiplyInt)
                                    goto binaryOpIntRhs;
                                if (op == Opcode.StoreFast)
                                    goto storeFastRhs;
                                slots[sp++].Value = rhs;
                                goto dispatch;
                            }
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        goto itemAt;
                    }
                case Opcode.BinarySubscrStrInt:
                    {
                        // text[i] inline for strings of one UTF-16 unit a code point; the rest in ItemAt.
                        var key = slots[sp - 1].Value!;
                        var container = slots[sp - 2].Value!;
                        if (ReferenceEquals(container.Type, PyStr.TypeObject) && ReferenceEquals(key.Type, PyInt.TypeObject) && key is not PyBigInt
                            && Unsafe.As<PyStr>(container) is { IsBmp: true } text)
                        {
                            long i = Unsafe.As<PyInt>(key).Value;
                            if (i < 0)
                                i += text.Value.Length;
                            if ((ulong)i < (ulong)text.Value.Length)
                            {
                                slots[sp - 2].Value = PyStr.OfChar(text.Value[(int)i]);
                                slots[--sp].Value = null;
                                ip += 4;
                                break;
                            }
                        }
                        goto itemAt;
                    }
                case Opcode.BinarySubscrTupleInt:
                itemAt:
                    {
                        if (ItemAt(f, slots, sp, op) is { } item)
                        {
                            if (ReferenceEquals(item, s_raised))
                                return item;
                            slots[sp - 2].Value = item;
                            slots[--sp].Value = null;
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto binarySubscr;
                    }
                case Opcode.BinarySubscrDict:
                    {
                        var key = slots[sp - 1].Value!;
                        var container = slots[sp - 2].Value!;
                        if (ReferenceEquals(container.Type, PyDict.TypeObject))
                        {
                            // A missing key raises KeyError without a .NET exception (caught nearby, typically).
                            if (!Unsafe.As<PyDict>(container).TryGetValue(key, out var value))
                                return Raise(f.Thread, f, sp, Errors.Key(key).Value, reraise: false);
                            slots[sp - 2].Value = value;
                            slots[--sp].Value = null;
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto binarySubscr;
                    }
                case Opcode.StoreSubscrListInt:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                storeSubscrListIntRhs:
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                storeSubscrListIntLhsRhs:
                    {
                        // list[int] = value: the list in lhs and the index in rhs (from the loads before, or
                        // popped), the value on the stack.
                        if (ReferenceEquals(lhs.Type, PyList.TypeObject) && ReferenceEquals(rhs.Type, PyInt.TypeObject))
                        {
                            var items = Unsafe.As<PyList>(lhs).Items;
                            var index = Unsafe.As<PyInt>(rhs);
                            var value = slots[--sp].Value!;
                            slots[sp].Value = null;
                            if (!index.IsBig && (ulong)index.Value < (ulong)items.Count)
                                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items)[(int)index.Value] = value; // no covariance check
                            else
                                Ops.SetItem(lhs, rhs, value);
                            ip += 1;
                            break;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        Specializer.Miss(ip);
                        goto storeSubscr;
                    }
                case Opcode.StoreSubscrDict:
                    {
                        var container = slots[sp - 2].Value!;
                        if (ReferenceEquals(container.Type, PyDict.TypeObject))
                        {
                            Unsafe.As<PyDict>(container).Set(slots[sp - 1].Value!, slots[sp - 3].Value!);
                            sp -= 3;
                            slots[sp].Value = slots[sp + 1].Value = slots[sp + 2].Value = null;
                            ip += 1;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto storeSubscr;
                    }
                case Opcode.StoreSubscr:
                    if (Specializer.Due(ip))
                        Specializer.StoreSubscr(f.Code.Adaptive, Offset(f, ip), slots[sp - 2].Value!, slots[sp - 1].Value!);
                storeSubscr:
                    {
                        var key = slots[--sp].Value!;
                        var container = slots[--sp].Value!;
                        var value = slots[--sp].Value!;
                        Ops.SetItem(container, key, value);
                        slots[sp].Value = slots[sp + 1].Value = slots[sp + 2].Value = null;
                        ip += 1;
                        break;
                    }
                case Opcode.CompareOpIntJump:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                compareOpIntJumpRhs:
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                compareOpIntJumpLhsRhs:
                    {
                        // The commonest comparison (loop bounds, recursion bases) inline: two machine-word
                        // ints, and the jump that follows (Ops.Holds is branch-free).
                        var type = lhs.Type;
                        if (ReferenceEquals(type, rhs.Type) && ReferenceEquals(type, PyInt.TypeObject)
                            && lhs is not PyBigInt && rhs is not PyBigInt)
                        {
                            int sign = Unsafe.As<PyInt>(lhs).Value.CompareTo(Unsafe.As<PyInt>(rhs).Value);
                            ip = JumpOnCompare(ip + 2, Ops.Holds((CompareOp)oparg, sign));
                            break;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        goto compareSpecialized;
                    }
                case Opcode.CompareOpStrJump:
                    rhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                compareOpStrJumpRhs:
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = null;
                compareOpStrJumpLhsRhs:
                    {
                        // str == str and != (ch == '"') inline, with the jump that follows.
                        var type = lhs.Type;
                        if (ReferenceEquals(type, rhs.Type) && ReferenceEquals(type, PyStr.TypeObject))
                        {
                            bool equal = ReferenceEquals(lhs, rhs) || string.Equals(Unsafe.As<PyStr>(lhs).Value, Unsafe.As<PyStr>(rhs).Value);
                            ip = JumpOnCompare(ip + 2, equal == ((CompareOp)oparg == CompareOp.Eq));
                            break;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        goto compareSpecialized;
                    }
                case Opcode.CompareOpFloatJump:
                    rhs = slots[--sp].Value!;
                    lhs = slots[--sp].Value!;
                    slots[sp].Value = slots[sp + 1].Value = null;
                compareOpFloatJumpLhsRhs:
                    {
                        // Two floats inline, with the jump that follows (NaN compares false but for !=).
                        var type = lhs.Type;
                        if (ReferenceEquals(type, rhs.Type) && ReferenceEquals(type, PyFloat.TypeObject))
                        {
                            ip = JumpOnCompare(ip + 2, Ops.Holds((CompareOp)oparg, Unsafe.As<PyFloat>(lhs).Value, Unsafe.As<PyFloat>(rhs).Value));
                            break;
                        }
                        slots[sp++].Value = lhs;
                        slots[sp++].Value = rhs;
                        goto compareSpecialized;
                    }
                case Opcode.CompareOpInt:
                    {
                        // Two machine-word ints, the result kept (all(x == c for ...), flag = a < b).
                        var b = slots[sp - 1].Value!;
                        var a = slots[sp - 2].Value!;
                        var type = a.Type;
                        if (ReferenceEquals(type, b.Type) && ReferenceEquals(type, PyInt.TypeObject) && a is not PyBigInt && b is not PyBigInt)
                        {
                            bool holds = Ops.Holds((CompareOp)oparg, Unsafe.As<PyInt>(a).Value.CompareTo(Unsafe.As<PyInt>(b).Value));
                            slots[--sp].Value = null;
                            slots[sp - 1].Value = PyBool.From(holds);
                            ip += 2;
                            break;
                        }
                        goto compareSpecialized;
                    }
                case Opcode.CompareOpFloat:
                case Opcode.CompareOpStr:
                compareSpecialized:
                    {
                        if (CompareSpecialized(op, slots[sp - 2].Value!, slots[sp - 1].Value!, (CompareOp)oparg) is bool result)
                        {
                            sp -= 2;
                            slots[sp].Value = slots[sp + 1].Value = null;
                            if (op is Opcode.CompareOpIntJump or Opcode.CompareOpFloatJump or Opcode.CompareOpStrJump)
                            {
                                ip = JumpOnCompare(ip + 2, result);
                                break;
                            }
                            slots[sp++].Value = PyBool.From(result);
                            ip += 2;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto compareOp;
                    }
                case Opcode.CompareOp:
                    if (Specializer.Due(ip))
                        Specializer.CompareOp(f.Code.Adaptive, Offset(f, ip), slots[sp - 2].Value!, slots[sp - 1].Value!, oparg);
                compareOp:
                    {
                        var b = slots[--sp].Value!;
                        slots[sp].Value = null;
                        var a = slots[sp - 1].Value!;
                        slots[sp - 1].Value = Ops.RichCompare(a, b, (CompareOp)oparg);
                        ip += 2;
                        break;
                    }
                case Opcode.IsOp:
                    {
                        var b = slots[--sp].Value;
                        slots[sp].Value = null;
                        slots[sp - 1].Value = PyBool.From(ReferenceEquals(slots[sp - 1].Value, b) ^ (oparg == 1));
                        break;
                    }
                case Opcode.ContainsOp:
                    {
                        // Usually a condition: the jump that follows is done here (no bool pushed and popped).
                        bool holds = ContainsOp(slots, sp, oparg);
                        sp -= 2;
                        // OpcodeInfo.IsJumpOnTruth written out: through the call the loop ran 0.4% more
                        // instructions on nqueens (its register allocation).
                        if ((Opcode)(*ip & 0xFF) is Opcode.PopJumpForwardIfFalse or Opcode.PopJumpForwardIfTrue
                            or Opcode.PopJumpBackwardIfFalse or Opcode.PopJumpBackwardIfTrue)
                        {
                            ip = JumpOnCompare(ip, holds);
                            break;
                        }
                        slots[sp++].Value = PyBool.From(holds);
                        break;
                    }
                case Opcode.UnaryNot:
                    slots[sp - 1].Value = PyBool.From(!IsTrue(slots[sp - 1].Value!));
                    break;
                case Opcode.UnaryNegative:
                    slots[sp - 1].Value = Ops.Negate(slots[sp - 1].Value!);
                    break;
                case Opcode.UnaryPositive:
                    slots[sp - 1].Value = Ops.Positive(slots[sp - 1].Value!);
                    break;
                case Opcode.UnaryInvert:
                    slots[sp - 1].Value = Ops.Invert(slots[sp - 1].Value!);
                    break;
                case Opcode.JumpForward:
                    ip += oparg;
                    break;
                case Opcode.JumpBackward:
                case Opcode.JumpBackwardNoInterrupt:
                jumpBackward:
                    ip -= oparg;
                    // Most loops jump back to a FOR_ITER: straight there, without the indirect jump of the
                    // switch (this and the other known successors save a tenth of the dispatches). Without
                    // computed gotos or macros in C#, each such place repeats the four lines of the fetch.
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op == Opcode.ForIter)
                        goto forIter;
                    goto dispatch;
                case Opcode.PopJumpForwardIfFalse:
                    if (!IsTrue(slots[--sp].Value!))
                        ip += oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpForwardIfTrue:
                    if (IsTrue(slots[--sp].Value!))
                        ip += oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpBackwardIfFalse:
                    if (!IsTrue(slots[--sp].Value!))
                        ip -= oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpBackwardIfTrue:
                    if (IsTrue(slots[--sp].Value!))
                        ip -= oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpForwardIfNone:
                    if (slots[--sp].Value is PyNone)
                        ip += oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpForwardIfNotNone:
                    if (slots[--sp].Value is not PyNone)
                        ip += oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpBackwardIfNone:
                    if (slots[--sp].Value is PyNone)
                        ip -= oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.PopJumpBackwardIfNotNone:
                    if (slots[--sp].Value is not PyNone)
                        ip -= oparg;
                    slots[sp].Value = null;
                    break;
                case Opcode.JumpIfFalseOrPop:
                    if (!IsTrue(slots[sp - 1].Value!))
                        ip += oparg;
                    else
                        slots[--sp].Value = null;
                    break;
                case Opcode.JumpIfTrueOrPop:
                    if (IsTrue(slots[sp - 1].Value!))
                        ip += oparg;
                    else
                        slots[--sp].Value = null;
                    break;
                case Opcode.GetIter:
                    slots[sp - 1].Value = Ops.GetIter(slots[sp - 1].Value!);
                    break;
                case Opcode.ForIter:
                forIter:
                    {
                        var iterator = slots[sp - 1].Value!;
                        if (iterator is PyGenerator generator && generator.EnterInline(f) is { } generatorFrame)
                        {
                            f.ForIterExit = Offset(f, ip) + oparg;
                            callee = generatorFrame;
                            goto enterFrame;
                        }
                        // The next instruction first: a class test against a base class walks the hierarchy.
                        if ((*ip >> 8) == 2 && (Opcode)(*ip & 0xFF) is Opcode.UnpackSequence or Opcode.UnpackSequenceTwoTuple or Opcode.UnpackSequenceTuple or Opcode.UnpackSequenceList
                            && iterator is PyPairIterator pairs)
                        {
                            // for a, b in enumerate(s) / zip(s, t) / d.items(): both parts straight onto the
                            // stack, as the UNPACK_SEQUENCE 2 that follows would leave them (no tuple made).
                            int got = pairs.NextPair(out var first, out var second);
                            if (got == 0)
                            {
                                slots[--sp].Value = null;
                                ip += oparg;
                                break;
                            }
                            if (got > 0)
                            {
                                ip += 2;
                                if ((Opcode)(*ip & 0xFF) == Opcode.StoreFastStoreFast)
                                {
                                    // for i, x in ...: both names stored directly.
                                    slots[*ip >> 8].Value = first;
                                    slots[ip[1] >> 8].Value = second;
                                    ip += 2;
                                    break;
                                }
                                slots[sp++].Value = second;
                                slots[sp++].Value = first;
                                break;
                            }
                        }
                        var next = IteratorNext(iterator);
                        if (next is null)
                        {
                            slots[--sp].Value = null;
                            ip += oparg;
                            break;
                        }
                        // The loop variable is usually stored next: straight into it, as 3.12's FOR_ITER_RANGE does.
                        if ((Opcode)(*ip & 0xFF) == Opcode.StoreFast)
                        {
                            slots[*ip++ >> 8].Value = next;
                            break;
                        }
                        slots[sp++].Value = next;
                        break;
                    }
                case Opcode.BuildTuple:
                    sp = BuildTuple(f, slots, sp, oparg);
                    break;
                case Opcode.BuildList:
                    sp = BuildList(f, slots, sp, oparg);
                    break;
                case Opcode.BuildMap:
                    sp = BuildMap(f, slots, sp, oparg);
                    break;
                case Opcode.BuildSet:
                    sp = BuildSet(f, slots, sp, oparg);
                    break;
                case Opcode.SetAdd:
                    sp = SetAdd(f, slots, sp, oparg);
                    break;
                case Opcode.SetUpdate:
                    sp = SetUpdate(f, slots, sp, oparg);
                    break;
                case Opcode.MapAdd:
                    sp = MapAdd(f, slots, sp, oparg);
                    break;
                case Opcode.UnpackEx:
                    sp = UnpackEx(f, slots, sp, oparg);
                    break;
                case Opcode.BeforeWith:
                    sp = BeforeWith(f, slots, sp, oparg);
                    break;
                case Opcode.WithExceptStart:
                    sp = WithExceptStart(f, slots, sp, oparg);
                    break;
                case Opcode.ListAppend:
                    {
                        var item = slots[--sp].Value!;
                        slots[sp].Value = null;
                        ObjectArrays.Append(((PyList)slots[sp - oparg].Value!).Items, item);
                        break;
                    }
                case Opcode.UnpackSequenceTwoTuple:
                case Opcode.UnpackSequenceTuple:
                case Opcode.UnpackSequenceList:
                    {
                        var seq = slots[sp - 1].Value!;
                        bool list = op == Opcode.UnpackSequenceList;
                        if (ReferenceEquals(seq.Type, list ? PyList.TypeObject : PyTuple.TypeObject))
                        {
                            ReadOnlySpan<PyObject> items = list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Unsafe.As<PyList>(seq).Items) : Unsafe.As<PyTuple>(seq).Items;
                            if (items.Length == oparg)
                            {
                                slots[--sp].Value = null;
                                ip += 1;
                                if (oparg == 2 && (Opcode)(*ip & 0xFF) == Opcode.StoreFastStoreFast)
                                {
                                    // a, b = pair: both stored directly.
                                    slots[*ip >> 8].Value = items[0];
                                    slots[ip[1] >> 8].Value = items[1];
                                    ip += 2;
                                    break;
                                }
                                for (int i = oparg - 1; i >= 0; i--)
                                    slots[sp++].Value = items[i];
                                break;
                            }
                        }
                        Specializer.Miss(ip);
                        goto unpackSequence;
                    }
                case Opcode.UnpackSequence:
                    if (Specializer.Due(ip))
                        Specializer.UnpackSequence(f.Code.Adaptive, Offset(f, ip), slots[sp - 1].Value!, oparg);
                unpackSequence:
                    {
                        var seq = slots[--sp].Value!;
                        var items = Ops.UnpackSequence(seq, oparg);
                        for (int i = oparg - 1; i >= 0; i--)
                            slots[sp++].Value = items[i];
                        ip += 1;
                        break;
                    }
                case Opcode.FormatValue:
                    sp = FormatValue(f, slots, sp, oparg);
                    break;
                case Opcode.BuildString:
                    sp = BuildString(f, slots, sp, oparg);
                    break;
                case Opcode.MakeFunction:
                    sp = MakeFunction(f, slots, sp, oparg);
                    break;
                case Opcode.KwNames:
                    // Only a generic CALL follows (sites with keywords are not specialized): the names wait
                    // in the frame rather than in a register of this loop.
                    f.KwNames = (PyTuple)f.Code.Consts[oparg];
                    break;
                case Opcode.Precall:
                    // Nothing to do but skip its cache: on to its CALL, specialized forms directly.
                    ip += 1;
                    f.Instruction = ip;
                    word = *ip++;
                    oparg = word >> 8;
                    op = (Opcode)(word & 0xFF);
                    if (op == Opcode.CallPyExactArgs)
                        goto callPyExactArgs;
                    if (op is Opcode.CallNoKwMethodDescriptor or Opcode.CallNoKwBuiltin)
                        goto callNoKw;
                    goto dispatch;
                // The calls' work is out of line (helpers below): inline, their temporaries made this
                // method's stack frame, which every entry zeroes, a third larger.
                case Opcode.CallPyExactArgs:
                callPyExactArgs:
                    if ((callee = PushExactArgs(f, slots, sp, oparg)) is not null)
                    {
                        sp -= oparg + 2;
                        ip += 4;
                        goto enterFrame;
                    }
                    Specializer.Miss(ip);
                    goto call;
                case Opcode.CallPyWithDefaults:
                    if ((callee = PushWithDefaults(f, slots, sp, oparg)) is not null)
                    {
                        sp -= oparg + 2;
                        ip += 4;
                        goto enterFrame;
                    }
                    Specializer.Miss(ip);
                    goto call;
                case Opcode.CallAllocAndEnterInit:
                    if ((callee = PushInit(f, slots, sp, oparg, ip[1])) is not null)
                    {
                        sp -= oparg + 2;
                        ip += 4;
                        goto enterFrame;
                    }
                    Specializer.Miss(ip);
                    goto call;
                case Opcode.CallBuiltinClass:
                    {
                        var result = CallBuiltinClass(f, slots, sp, oparg, ip[1], out callee);
                        if (result is not null)
                        {
                            if (ReferenceEquals(result, s_raised))
                                return result;
                            sp -= oparg + 2;
                            ip += 4;
                            if (callee is not null)
                                goto enterFrame; // list(generator): the generator runs here (IterableConsumer)
                            slots[sp++].Value = result;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto call;
                    }
                case Opcode.CallNoKwBuiltin:
                case Opcode.CallNoKwMethodDescriptor:
                callNoKw:
                    {
                        var result = CallBuiltin(f, slots, sp, oparg, ip[1], op == Opcode.CallNoKwMethodDescriptor, out callee);
                        if (result is not null)
                        {
                            if (ReferenceEquals(result, s_raised))
                                return result;
                            sp -= oparg + 2;
                            ip += 4;
                            if (callee is not null)
                                goto enterFrame; // a generator the builtin consumes, run here (IterableConsumer)
                            slots[sp++].Value = result;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto call;
                    }
                case Opcode.CallNoKwLen:
                case Opcode.CallNoKwIsinstance:
                    {
                        var result = LenOrIsInstance(slots, sp, oparg, op);
                        if (result is not null)
                        {
                            sp -= oparg + 2;
                            slots[sp++].Value = result;
                            ip += 4;
                            break;
                        }
                        Specializer.Miss(ip);
                        goto call;
                    }
                case Opcode.CallNoKwListAppend:
                    if (ListAppend(slots, sp))
                    {
                        sp -= 3;
                        ip += 4;
                        // The None it returns is usually discarded at once: skip that POP_TOP.
                        if ((Opcode)(*ip & 0xFF) == Opcode.PopTop)
                        {
                            ip++;
                            break;
                        }
                        slots[sp++].Value = PyNone.Instance;
                        break;
                    }
                    Specializer.Miss(ip);
                    goto call;
                case Opcode.Call:
                    if (Specializer.Due(ip))
                        SpecializeCall(f, slots, sp, oparg, f.KwNames, Offset(f, ip));
                call:
                    {
                        var names = f.KwNames;
                        if (names is not null)
                            f.KwNames = null;
                        ip += 4;
                        var result = Call(f, slots, sp, oparg, names, out callee);
                        sp -= oparg + 2;
                        if (callee is not null)
                            goto enterFrame;
                        slots[sp++].Value = result!;
                        break;
                    }
                case Opcode.ReturnGenerator:
                    {
                        // The frame becomes the generator's (saved as it is now); the caller gets the generator,
                        // returned as RETURN_VALUE returns a value.
                        f.Ip = Offset(f, ip);
                        f.StackTop = sp;
                        slots[sp++].Value = MakeGenerator(f);
                        goto case Opcode.ReturnValue;
                    }
                case Opcode.YieldValue:
                    {
                        var value = slots[--sp].Value!;
                        slots[sp].Value = null;
                        if (f.InlineGenerator is { Consumer: { } consumer } && consumer.Accept(value))
                        {
                            // A builtin took the value: the generator goes on, as resumed with None.
                            slots[sp++].Value = PyNone.Instance;
                            break;
                        }
                        f.Ip = Offset(f, ip);
                        f.StackTop = sp;
                        f.Yielded = true;
                        if (f.InlineGenerator is not { } generator)
                            return value;
                        // Back to the FOR_ITER running this generator, with the value as the next item, or
                        // to the builtin it feeds, which refused the value.
                        var feeding = generator.Consumer;
                        generator.LeaveInline(returned: false, value);
                        f = f.Back!;
                        f.Thread.CurrentFrame = f;
                        slots = f.Slots;
                        sp = f.StackTop;
                        ip = f.Code.QuickenedBase + f.Ip;
                        if (feeding is not null)
                        {
                            value = FinishConsumer(f, sp, feeding, value, generator);
                            if (ReferenceEquals(value, s_raised))
                                return value;
                        }
                        slots[sp++].Value = value;
                        break;
                    }
                case Opcode.GetAwaitable:
                    sp = GetAwaitable(f, slots, sp, oparg);
                    break;
                case Opcode.GetYieldFromIter:
                    sp = GetYieldFromIter(f, slots, sp, oparg);
                    break;
                case Opcode.Send:
                    {
                        var value = slots[--sp].Value!;
                        slots[sp].Value = null;
                        var result = SendTo(slots[sp - 1].Value!, value, out bool done);
                        if (done)
                        {
                            slots[sp - 1].Value = result;
                            ip += oparg;
                            break;
                        }
                        slots[sp++].Value = result;
                        break;
                    }
                case Opcode.GetAiter:
                    sp = GetAiter(f, slots, sp, oparg);
                    break;
                case Opcode.GetAnext:
                    sp = GetAnext(f, slots, sp, oparg);
                    break;
                case Opcode.EndAsyncFor:
                    {
                        var exc = (PyBaseException)slots[--sp].Value!;
                        slots[sp].Value = null;
                        if (!exc.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
                            return Raise(f.Thread, f, sp, exc, reraise: true);
                        slots[--sp].Value = null;
                        break;
                    }
                case Opcode.BeforeAsyncWith:
                    sp = BeforeAsyncWith(f, slots, sp, oparg);
                    break;
                case Opcode.PrintExpr:
                    sp = PrintExpr(f, slots, sp, oparg);
                    break;
                case Opcode.AsyncGenWrap:
                    WrapAsyncGenValue(slots, sp);
                    break;
                case Opcode.ReturnValue:
                    {
                        var value = slots[--sp].Value!;
                        slots[sp].Value = null;
                        if (f.Returns == FrameReturn.ToCaller)
                        {
                            f.ReleaseReturned();
                            f = f.Back!;
                            f.Thread.CurrentFrame = f;
                            slots = f.Slots;
                            sp = f.StackTop;
                            ip = f.Code.QuickenedBase + f.Ip;
                            slots[sp++].Value = value;
                            break;
                        }
                        var returns = f.Returns;
                        var init = f.InitSelf;
                        var generator = f.InlineGenerator;
                        f.ReleaseReturned();
                        f.ForgetReturn();
                        if (returns == FrameReturn.ToEntry)
                            return value;
                        var feeding = generator?.Consumer;
                        generator?.LeaveInline(returned: true, value);
                        int binary = f.ForBinaryOp;
                        f = f.Back!;
                        f.Thread.CurrentFrame = f;
                        slots = f.Slots;
                        sp = f.StackTop;
                        ip = f.Code.QuickenedBase + f.Ip;
                        if (feeding is not null)
                        {
                            // The generator a builtin consumed is exhausted: the builtin's result.
                            value = FinishConsumer(f, sp, feeding, null, generator!);
                            if (ReferenceEquals(value, s_raised))
                                return value;
                            slots[sp++].Value = value;
                            break;
                        }
                        if (generator is not null)
                        {
                            // The generator FOR_ITER ran is exhausted: the loop ends.
                            slots[--sp].Value = null;
                            ip = f.Code.QuickenedBase + f.ForIterExit;
                            break;
                        }
                        if (returns == FrameReturn.ToBinaryOp)
                        {
                            // a.__op__(b) returned: its result replaces the operands (NotImplemented: on with
                            // the rest of the operator's protocol).
                            if (ReferenceEquals(value, Ops.NotImplemented))
                            {
                                value = BinaryAfterNotImplemented(f, slots, sp, binary);
                                if (ReferenceEquals(value, s_raised))
                                    return value;
                            }
                            slots[--sp].Value = null;
                            slots[sp - 1].Value = value;
                            break;
                        }
                        if (returns == FrameReturn.ToInit)
                        {
                            // The class call returns the instance its __init__ was called on.
                            if (value is not PyNone)
                                return Raise(f.Thread, f, sp, Errors.Type($"__init__() should return None, not '{value.Type.Name}'").Value, reraise: false);
                            value = init!;
                        }
                        slots[sp++].Value = value;
                        break;
                    }
                case Opcode.PushExcInfo:
                    {
                        var exc = (PyBaseException)slots[sp - 1].Value!;
                        slots[sp - 1].Value = (PyObject?)f.Thread.Handled ?? PyNone.Instance;
                        slots[sp++].Value = exc;
                        f.Thread.Handled = exc;
                        break;
                    }
                case Opcode.PopExcept:
                    {
                        var previous = slots[--sp].Value;
                        slots[sp].Value = null;
                        f.Thread.Handled = previous as PyBaseException;
                        break;
                    }
                case Opcode.CheckExcMatch:
                    sp = CheckExcMatch(f, slots, sp, oparg);
                    break;
                case Opcode.CheckEgMatch:
                    sp = CheckEgMatch(f, slots, sp, oparg);
                    break;
                case Opcode.PrepReraiseStar:
                    sp = PrepReraiseStar(f, slots, sp, oparg);
                    break;
                case Opcode.Reraise:
                    {
                        // With oparg, the offset below the exception is where it was first raised; it only
                        // matters for the frame's line, which the traceback already has. The handler search
                        // starts from this instruction, as in CPython.
                        var exc = (PyBaseException)slots[--sp].Value!;
                        return Raise(f.Thread, f, sp, exc, reraise: true);
                    }
                case Opcode.DeleteFast:
                    if (slots[oparg].Value is null)
                        throw UnboundLocal(f.Code, oparg);
                    slots[oparg].Value = null;
                    break;
                case Opcode.DeleteName:
                    sp = DeleteName(f, slots, sp, oparg);
                    break;
                case Opcode.DeleteGlobal:
                    sp = DeleteGlobal(f, slots, sp, oparg);
                    break;
                case Opcode.DeleteSubscr:
                    sp = DeleteSubscr(f, slots, sp, oparg);
                    break;
                case Opcode.MakeCell:
                    MakeCell(slots, oparg);
                    break;
                case Opcode.CopyFreeVars:
                    sp = CopyFreeVars(f, slots, sp, oparg);
                    break;
                case Opcode.LoadClosure:
                    slots[sp++].Value = slots[oparg].Value;
                    break;
                case Opcode.LoadDeref:
                    slots[sp++].Value = ((PyCell)slots[oparg].Value!).Contents ?? throw UnboundDeref(f.Code, oparg);
                    break;
                case Opcode.StoreDeref:
                    ((PyCell)slots[oparg].Value!).Contents = slots[--sp].Value;
                    slots[sp].Value = null;
                    break;
                case Opcode.DeleteDeref:
                    {
                        var cell = (PyCell)slots[oparg].Value!;
                        if (cell.Contents is null)
                            throw UnboundDeref(f.Code, oparg);
                        cell.Contents = null;
                        break;
                    }
                case Opcode.CallFunctionEx:
                    sp = CallFunctionEx(f, slots, sp, oparg);
                    break;
                case Opcode.ListExtend:
                    sp = ListExtend(f, slots, sp, oparg);
                    break;
                case Opcode.ListToTuple:
                    sp = ListToTuple(f, slots, sp, oparg);
                    break;
                case Opcode.DictMerge:
                case Opcode.DictUpdate:
                    sp = DictUpdate(f, slots, sp, oparg, merge: op == Opcode.DictMerge);
                    break;
                case Opcode.BuildConstKeyMap:
                    sp = BuildConstKeyMap(f, slots, sp, oparg);
                    break;
                case Opcode.BuildSlice:
                    sp = BuildSlice(slots, sp, oparg, ip, out int alsoDone);
                    ip += alsoDone; // the BINARY_SUBSCR or STORE_SUBSCR after it, when done too
                    break;
                case Opcode.ImportName:
                    sp = ImportName(f, slots, sp, oparg);
                    break;
                case Opcode.ImportFrom:
                    sp = ImportFrom(f, slots, sp, oparg);
                    break;
                case Opcode.ImportStar:
                    sp = ImportStar(f, slots, sp, oparg);
                    break;
                case Opcode.GetLen:
                    sp = GetLen(f, slots, sp, oparg);
                    break;
                case Opcode.MatchSequence:
                    sp = MatchSequence(f, slots, sp, oparg);
                    break;
                case Opcode.MatchMapping:
                    sp = MatchMapping(f, slots, sp, oparg);
                    break;
                case Opcode.MatchKeys:
                    sp = MatchKeys(f, slots, sp, oparg);
                    break;
                case Opcode.MatchClass:
                    sp = MatchClass(f, slots, sp, oparg);
                    break;
                case Opcode.LoadAssertionError:
                    slots[sp++].Value = ExceptionTypes.AssertionError;
                    break;
                case Opcode.RaiseVarargs:
                    // A bare raise re-raises the exception being handled; its traceback already has this frame.
                    if (oparg == 0)
                    {
                        return f.Thread.Handled is null
                            ? Raise(f.Thread, f, sp, Errors.Raise(ExceptionTypes.RuntimeError, "No active exception to reraise").Value, reraise: false)
                            : Raise(f.Thread, f, sp, f.Thread.Handled, reraise: true);
                    }
                    return Raise(f.Thread, f, sp, Ops.MakeRaise(slots[sp - oparg].Value!, oparg == 2 ? slots[sp - 1].Value : null).Value, reraise: false);
                default:
                    throw Errors.Raise(ExceptionTypes.NotImplementedError, $"Adder cannot execute {OpcodeInfo.Name(op)} yet");
            }
            continue;

        enterFrame:
            // A call of a Python function: its frame is ready, the caller's state saved; run it here.
            f.StackTop = sp;
            f.Ip = Offset(f, ip);
            f = callee;
            f.Thread.CurrentFrame = f;
            slots = f.Slots;
            sp = f.StackTop;
            ip = f.Code.AdaptiveBase + f.Ip;
            // RESUME does nothing here (no tracing, no eval breaker): skip its dispatch.
            if ((Opcode)(*ip & 0xFF) == Opcode.Resume)
                ip++;
        }
    }

    /// <summary>FOR_ITER's next item: the commonest iterators by exact class (a compare, and their Next
    /// called directly), others through a cast to the base class (a call that walks the class hierarchy).</summary>
    private static PyObject? IteratorNext(PyObject iterator)
    {
        if (iterator.GetType() == typeof(PyRangeIterator))
            return Unsafe.As<PyRangeIterator>(iterator).Next();
        if (iterator.GetType() == typeof(PySequenceIterator))
            return Unsafe.As<PySequenceIterator>(iterator).Next();
        return ((PyIterator)iterator).Next();
    }

    // Cold instructions' work out of line: inline, each temporary took a slot of Execute's stack frame.

    private static int LoadGlobal(Frame f, Slot[] slots, int sp, int oparg)
    {
        var key = f.Code.NameObjects[oparg >> 1];
        if (!f.Globals.TryGetValue(key, out var v) && !f.Builtins.TryGetValue(key, out v))
            throw Errors.Name(key.Value);
        if ((oparg & 1) != 0)
            slots[sp++].Value = null;
        slots[sp++].Value = v;
        return sp;
    }

    /// <summary>RETURN_GENERATOR: the frame becomes the generator's.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyGenerator MakeGenerator(Frame f)
    {
        f.KeepForGenerator();
        return new PyGenerator(f);
    }

    private static void WrapAsyncGenValue(Slot[] slots, int sp) =>
        slots[sp - 1].Value = new PyAsyncGenWrappedValue(slots[sp - 1].Value!);

    private static void MakeCell(Slot[] slots, int oparg) => slots[oparg].Value = new PyCell(slots[oparg].Value);

    private static int DictUpdate(Frame f, Slot[] slots, int sp, int oparg, bool merge)
    {
        var other = slots[--sp].Value!;
        slots[sp].Value = null;
        var dict = (PyDict)slots[sp - oparg].Value!;
        if (other is not PyDict source)
        {
            throw Errors.Type(merge
                ? $"{Ops.FunctionStr(slots[sp - oparg - 2].Value!)} argument after ** must be a mapping, not {other.Type.Name}"
                : $"'{other.Type.Name}' object is not a mapping");
        }
        foreach (var (key, value) in source.Items())
        {
            if (merge && dict.TryGetValue(key, out _))
                throw Errors.Type($"{Ops.FunctionStr(slots[sp - oparg - 2].Value!)} got multiple values for keyword argument '{Ops.Str(key)}'");
            dict.Set(key, value);
        }
        return sp;
    }

    private static int CopyFreeVars(Frame f, Slot[] slots, int sp, int oparg)
    {
        // A loop: a closure has a few cells, which a span copy (a bulk move with its barrier) handles slower.
        var closure = f.Function!.Closure;
        int first = f.Code.LocalsPlusCount - oparg;
        for (int i = 0; i < oparg; i++)
            slots[first + i].Value = closure[i];
        return sp;
    }

    private static int LoadClassderef(Frame f, Slot[] slots, int sp, int oparg)
    {
        string name = f.Code.LocalsPlusName(oparg);
        slots[sp++].Value = f.Locals!.TryGetValue(new PyStr(name), out var local) ? local
            : ((PyCell)slots[oparg].Value!).Contents ?? throw UnboundDeref(f.Code, oparg);
        return sp;
    }

    /// <summary>BINARY_OP_INT's commonest cases on machine words (x % n, x // n with x >= 0 and n > 0; the
    /// bitwise operators; a right shift), where C#'s operators agree with Python's; null for the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyInt? SmallIntOperation(BinaryOperator kind, long x, long y)
    {
        switch (kind)
        {
            case BinaryOperator.Remainder when x >= 0 && y > 0:
                return PyInt.From(x % y);
            case BinaryOperator.FloorDivide when x >= 0 && y > 0:
                return PyInt.From(x / y);
            case BinaryOperator.And:
                return PyInt.From(x & y);
            case BinaryOperator.Or:
                return PyInt.From(x | y);
            case BinaryOperator.Xor:
                return PyInt.From(x ^ y);
            case BinaryOperator.RShift when y >= 0:
                return PyInt.From(y > 63 ? x >> 63 : x >> (int)y);
            default:
                return null;
        }
    }

    /// <summary>BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT beyond machine words.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject IntOperation(Opcode op, PyInt a, PyInt b) =>
        op == Opcode.BinaryOpAddInt ? PyInt.Add(a, b) : op == Opcode.BinaryOpSubtractInt ? PyInt.Subtract(a, b) : PyInt.Multiply(a, b);

    /// <summary>CALL_PY_EXACT_ARGS: the frame of a function whose parameters are the given arguments, the
    /// call's slots cleared; null when the function is not such.</summary>
    private static Frame? PushExactArgs(Frame f, Slot[] slots, int sp, int oparg)
    {
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        if (callable is not PyFunction fn || fn.Code.ExactArgCount != total || f.Depth >= ThreadState.RecursionLimit)
            return null;
        return Enter(f, fn, slots, sp, oparg, total, first: 0);
    }

    /// <summary>CALL_PY_WITH_DEFAULTS: the frame of a function whose positional parameters are the given
    /// arguments and then defaults, those defaults after the arguments, the call's slots cleared; null when
    /// the function is not such.</summary>
    private static Frame? PushWithDefaults(Frame f, Slot[] slots, int sp, int oparg)
    {
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        if (callable is not PyFunction fn || f.Depth >= ThreadState.RecursionLimit)
            return null;
        var defaults = fn.Defaults;
        int argcount = fn.Code.ExactArgCount, firstDefault = argcount - defaults.Length;
        if (argcount <= total || firstDefault > total)
            return null;
        var callee = Enter(f, fn, slots, sp, oparg, total, first: 0);
        var parameters = callee.Slots;
        for (int i = total; i < argcount; i++)
            parameters[i].Value = defaults[i - firstDefault];
        return callee;
    }

    /// <summary>CALL_ALLOC_AND_ENTER_INIT: a new instance of the cached class and the frame of its __init__,
    /// or null when the guard fails.</summary>
    private static Frame? PushInit(Frame f, Slot[] slots, int sp, int oparg, ushort entry)
    {
        ref var cache = ref f.Code.Caches[entry];
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        if (callable is not PyType cls || cls.VersionTag != cache.Version || total != cache.Index || f.Depth >= ThreadState.RecursionLimit)
            return null;
        var init = (PyFunction)cache.Object!;
        PyObject instance = cache.Version2 == 0 ? new PyInstance(cls) : PyBaseException.Create(cls, Slot.Arguments(slots, sp - total, total));
        var callee = Enter(f, init, slots, sp, oparg, total, first: 1);
        callee.InitSelf = instance;
        callee.Returns = FrameReturn.ToInit;
        callee.Slots[0].Value = instance;
        return callee;
    }

    /// <summary>The frame of <paramref name="fn"/> called from <paramref name="f"/>, the call's
    /// <paramref name="total"/> arguments in its parameters from <paramref name="first"/> on, and the call's
    /// slots cleared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame Enter(Frame f, PyFunction fn, Slot[] slots, int sp, int oparg, int total, int first)
    {
        var callee = Frame.PushCall(fn, f);
        var parameters = callee.Slots;
        for (int i = 0, argStart = sp - total; i < total; i++)
            parameters[first + i].Value = slots[argStart + i].Value;
        ClearCall(slots, sp, oparg);
        return callee;
    }

    /// <summary>Clears a call's slots (the callable or NULL, self or the callable, the
    /// <paramref name="oparg"/> arguments): a handful, so a loop rather than Array.Clear's call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearCall(Slot[] slots, int sp, int oparg)
    {
        for (int i = sp - oparg - 2; i < sp; i++)
            slots[i].Value = null;
    }

    /// <summary>BINARY_OP on an instance of a Python class whose special method for the operator is a plain
    /// Python function and goes first (not a subclass's reflected method, no in-place method): that method's
    /// frame, to run in this loop with the operands (which stay on this frame's stack); null otherwise.</summary>
    private static Frame? EnterBinaryDunder(Frame f, Slot[] slots, int sp, int oparg)
    {
        var a = slots[sp - 2].Value!;
        var b = slots[sp - 1].Value!;
        var type = a.Type;
        if (Ops.BinaryDunders(oparg) is not var (forward, reflected, inPlace) || type.LookupOverride(forward) is not PyFunction method
            || method.Code.ExactArgCount != 2 || f.Depth >= ThreadState.RecursionLimit
            || inPlace is not null && type.LookupOverride(inPlace) is not null
            || !ReferenceEquals(type, b.Type) && b.Type.IsSubtypeOf(type) && b.Type.LookupOverride(reflected) is not null)
            return null;
        var callee = Frame.PushCall(method, f);
        callee.Slots[0].Value = a;
        callee.Slots[1].Value = b;
        callee.ForBinaryOp = oparg;
        callee.Returns = FrameReturn.ToBinaryOp;
        return callee;
    }

    /// <summary>a op b after a.__op__(b), run by <see cref="EnterBinaryDunder"/>, returned NotImplemented
    /// (the operands on <paramref name="f"/>'s stack): <see cref="s_raised"/> when that raises.</summary>
    private static PyObject BinaryAfterNotImplemented(Frame f, Slot[] slots, int sp, int oparg)
    {
        try
        {
            return Ops.BinaryOpAfterForward(slots[sp - 2].Value!, slots[sp - 1].Value!, oparg);
        }
        catch (PyException e)
        {
            return Raise(f.Thread, f, sp, e.Value, reraise: false);
        }
    }

    private static readonly Func<PyList, PyObject> AsTuple = items => items.Items.Count == 0 ? PyTuple.Empty : new PyTuple(items.Items.ToArray());

    /// <summary>The result of a builtin that consumed a generator running inline (see IterableConsumer), in
    /// the caller's frame <paramref name="f"/>; <see cref="s_raised"/> when it raised.</summary>
    private static PyObject FinishConsumer(Frame f, int sp, IterableConsumer consumer, PyObject? refused, PyGenerator generator)
    {
        try
        {
            return consumer.Finish(refused, generator);
        }
        catch (PyException e)
        {
            return Raise(f.Thread, f, sp, e.Value, reraise: false);
        }
    }

    /// <summary>CALL_BUILTIN_CLASS: the new object (the call's slots cleared), <see cref="s_raised"/> when
    /// int(text) raised in Python code, or null when the guard fails.</summary>
    private static PyObject? CallBuiltinClass(Frame f, Slot[] slots, int sp, int oparg, ushort entry, out Frame? generatorFrame)
    {
        ref var cache = ref f.Code.Caches[entry];
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        generatorFrame = null;
        if (!ReferenceEquals(callable, cache.Object) || Unsafe.As<PyType>(callable).VersionTag != cache.Version)
            return null;
        if (total == 1 && slots[sp - 1].Value is PyGenerator generator
            && (ReferenceEquals(callable, PyList.TypeObject) || ReferenceEquals(callable, PyTuple.TypeObject))
            && generator.EnterConsumed(f, new CollectConsumer(ReferenceEquals(callable, PyTuple.TypeObject) ? AsTuple : items => items)) is { } frame)
        {
            // list(x for x in ...): the generator runs in this loop, its items collected.
            ClearCall(slots, sp, oparg);
            generatorFrame = frame;
            return generator;
        }
        PyObject result;
        if (ReferenceEquals(callable, PyInt.TypeObject) && total == 1 && slots[sp - 1].Value is PyStr { Type.IsHeapType: false } text)
        {
            // int(text): a bad literal raises ValueError without a .NET exception.
            var parsed = NumberParsing.TryIntFromText(text.Value, 10, text, out var error);
            if (parsed is null)
                return Raise(f.Thread, f, sp, error!, reraise: false);
            result = parsed;
        }
        else if (ReferenceEquals(callable, PyInt.TypeObject) && total == 1 && slots[sp - 1].Value is PyFloat { Value: > -9.2e18 and < 9.2e18 } number
            && ReferenceEquals(number.Type, PyFloat.TypeObject))
        {
            // int(x) of a float within a machine word: truncated toward zero, as C#'s conversion does.
            result = PyInt.From((long)number.Value);
        }
        else
        {
            result = Unsafe.As<PyType>(callable).Construct(Slot.Arguments(slots, sp - total, total));
        }
        ClearCall(slots, sp, oparg);
        return result;
    }

    /// <summary>CALL_NO_KW_BUILTIN and CALL_NO_KW_METHOD_DESCRIPTOR: the cached builtin's result (the call's
    /// slots cleared), or null when the guard fails.</summary>
    private static PyObject? CallBuiltin(Frame f, Slot[] slots, int sp, int oparg, ushort entry, bool methodDescriptor, out Frame? generatorFrame)
    {
        ref var cache = ref f.Code.Caches[entry];
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        generatorFrame = null;
        if (!ReferenceEquals(callable, cache.Object) || total != cache.Index
            || methodDescriptor && slots[sp - total].Value!.Type.VersionTag != cache.Version)
            return null;
        var builtin = Unsafe.As<PyBuiltinFunction>(callable);
        var args = Slot.Arguments(slots, sp - total, total);
        if (builtin.Consumes is var (argument, make) && argument < args.Length && args[argument] is PyGenerator generator
            && make(args) is { } consumer && generator.EnterConsumed(f, consumer) is { } frame)
        {
            // sum(x for x in ...): the generator runs in this loop, feeding the builtin.
            ClearCall(slots, sp, oparg);
            generatorFrame = frame;
            return generator;
        }
        var result = builtin.Invoke(args, null);
        if (ReferenceEquals(result, s_raised))
        {
            // Raised without a throw (Errors.Pending): Execute unwinds.
            f.StackTop = sp;
            return result;
        }
        ClearCall(slots, sp, oparg);
        return result;
    }

    /// <summary>CALL_NO_KW_LEN and CALL_NO_KW_ISINSTANCE: len(x) and isinstance(x, cls) without the builtin's
    /// call (the call's slots cleared), or null when the guard fails.</summary>
    private static PyObject? LenOrIsInstance(Slot[] slots, int sp, int oparg, Opcode op)
    {
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        if (callable is not PyBuiltinFunction { Intrinsic: var intrinsic }
            || (op == Opcode.CallNoKwLen ? intrinsic != Intrinsic.Len || total != 1 : intrinsic != Intrinsic.IsInstance || total != 2))
            return null;
        PyObject result = op == Opcode.CallNoKwLen
            ? PyInt.From(Ops.Length(slots[sp - 1].Value!))
            : PyBool.From(Builtins.IsInstance(slots[sp - 2].Value!, slots[sp - 1].Value!));
        ClearCall(slots, sp, oparg);
        return result;
    }

    /// <summary>CALL_NO_KW_LIST_APPEND: list.append(x) on an exact list without the method's call (the
    /// call's slots cleared); false when the guard fails.</summary>
    private static bool ListAppend(Slot[] slots, int sp)
    {
        if (slots[sp - 3].Value is not PyBuiltinFunction { Intrinsic: Intrinsic.ListAppend } || slots[sp - 2].Value is not PyList list
            || !ReferenceEquals(list.Type, PyList.TypeObject))
            return false;
        ObjectArrays.Append(list.Items, slots[sp - 1].Value!);
        slots[sp - 3].Value = slots[sp - 2].Value = slots[sp - 1].Value = null;
        return true;
    }

    private static void SpecializeCall(Frame f, Slot[] slots, int sp, int oparg, PyTuple? kwNames, int at)
    {
        var target = UnpackBoundMethod(slots, sp, oparg, out int count);
        Specializer.Call(f.Code, f.Code.Adaptive, at, target, count, kwNames, count > 0 ? slots[sp - count].Value : null);
    }

    /// <summary>CALL in general. Stack: [NULL or method, callable or self, args...] (3.11's calling
    /// convention). A Python function gives its frame (<paramref name="callee"/>), to run in the same loop;
    /// anything else is called here and gives its result. The call's slots are cleared either way.</summary>
    private static PyObject? Call(Frame f, Slot[] slots, int sp, int oparg, PyTuple? names, out Frame? callee)
    {
        var callable = UnpackBoundMethod(slots, sp, oparg, out int total);
        int argStart = sp - total;
        if (callable is PyFunction fn)
        {
            callee = PrepareFrame(fn, Slot.Objects(slots, argStart, total), names, f);
            ClearCall(slots, sp, oparg);
            return null;
        }
        callee = null;
        var result = Ops.Call(callable, Slot.Arguments(slots, argStart, total), names);
        ClearCall(slots, sp, oparg);
        return result;
    }

    /// <summary>CALL's stack is [NULL or method, callable or self, args...]: a bound method in the
    /// callable's place becomes [function, self] (PRECALL's unpacking). Gives what to call and how many
    /// arguments it gets (self included).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyObject UnpackBoundMethod(Slot[] slots, int sp, int oparg, out int total)
    {
        ref var first = ref slots[sp - oparg - 2].Value;
        ref var second = ref slots[sp - oparg - 1].Value;
        if (first is null)
        {
            if (second is not PyMethod bound)
            {
                total = oparg;
                return second!;
            }
            first = bound.Function;
            second = bound.Self;
        }
        total = oparg + 1;
        return first;
    }

    /// <summary>container[index] for BINARY_SUBSCR_{LIST,STR,TUPLE}_INT: null when the operands are not what
    /// <paramref name="op"/> is specialized for; an index out of range raises IndexError in Python code (no
    /// .NET exception: it is often caught nearby), and one beyond a machine word takes the general path.</summary>
    private static PyObject? ItemAt(Frame f, Slot[] slots, int sp, Opcode op)
    {
        var key = slots[sp - 1].Value!;
        var container = slots[sp - 2].Value!;
        if (!ReferenceEquals(key.Type, PyInt.TypeObject) || Unsafe.As<PyInt>(key).IsBig)
            return null;
        long i = Unsafe.As<PyInt>(key).Value;
        switch (op)
        {
            case Opcode.BinarySubscrListInt when ReferenceEquals(container.Type, PyList.TypeObject):
                var list = Unsafe.As<PyList>(container).Items;
                if (i < 0)
                    i += list.Count;
                return (ulong)i < (ulong)list.Count ? list[(int)i]
                    : Raise(f.Thread, f, sp, Errors.Index("list index out of range").Value, reraise: false);
            case Opcode.BinarySubscrTupleInt when ReferenceEquals(container.Type, PyTuple.TypeObject):
                var tuple = Unsafe.As<PyTuple>(container).Items;
                if (i < 0)
                    i += tuple.Length;
                return (ulong)i < (ulong)tuple.Length ? tuple[(int)i]
                    : Raise(f.Thread, f, sp, Errors.Index("tuple index out of range").Value, reraise: false);
            case Opcode.BinarySubscrStrInt when ReferenceEquals(container.Type, PyStr.TypeObject):
                var text = Unsafe.As<PyStr>(container);
                return i >= 0 && i < text.Value.Length && text.IsBmp ? PyStr.OfChar(text.Value[(int)i]) : Ops.GetItem(container, key);
            default:
                return null;
        }
    }

    /// <summary>a op b for the specialized COMPARE_OPs: ints, floats (or a float and an int a double holds
    /// exactly), str equality; null when the operands are not what <paramref name="form"/> is for.</summary>
    private static bool? CompareSpecialized(Opcode form, PyObject a, PyObject b, CompareOp op)
    {
        switch (form)
        {
            case Opcode.CompareOpIntJump or Opcode.CompareOpInt:
                if (!ReferenceEquals(a.Type, PyInt.TypeObject) || !ReferenceEquals(b.Type, PyInt.TypeObject))
                    return null;
                var x = Unsafe.As<PyInt>(a);
                var y = Unsafe.As<PyInt>(b);
                return !x.IsBig && !y.IsBig ? Ops.Holds(op, x.Value.CompareTo(y.Value)) : Ops.IsTrue(Ops.RichCompare(a, b, op));
            case Opcode.CompareOpFloatJump or Opcode.CompareOpFloat:
                return AsExactDouble(a, out double u) && AsExactDouble(b, out double v) ? Ops.Holds(op, u, v) : null;
            default:
                if (!ReferenceEquals(a.Type, PyStr.TypeObject) || !ReferenceEquals(b.Type, PyStr.TypeObject))
                    return null;
                return string.Equals(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value) == (op == CompareOp.Eq);
        }
    }

    /// <summary>A float's value, or an int's when a double holds it exactly (|v| &lt;= 2**53).</summary>
    private static bool AsExactDouble(PyObject o, out double value)
    {
        if (ReferenceEquals(o.Type, PyFloat.TypeObject))
        {
            value = Unsafe.As<PyFloat>(o).Value;
            return true;
        }
        if (ReferenceEquals(o.Type, PyInt.TypeObject) && Unsafe.As<PyInt>(o) is { IsBig: false } i && Math.Abs(i.Value) <= 1L << 53)
        {
            value = i.Value;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The specialized COMPARE_OPs also do the conditional jump after them (at <paramref name="ip"/>):
    /// the next instruction to run.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static unsafe ushort* JumpOnCompare(ushort* ip, bool result)
    {
        ushort jump = *ip++;
        int distance = jump >> 8;
        return (Opcode)(jump & 0xFF) switch
        {
            Opcode.PopJumpForwardIfTrue => result ? ip + distance : ip,
            Opcode.PopJumpForwardIfFalse => result ? ip : ip + distance,
            Opcode.PopJumpBackwardIfTrue => result ? ip - distance : ip,
            _ => result ? ip : ip - distance,
        };
    }

    /// <summary>The index in the running frame's adaptive instructions that <paramref name="ip"/> points at.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Offset(Frame f, ushort* ip) => (int)(ip - f.Code.QuickenedBase);

    /// <summary>Truth of a value, with the usual case (a bool from a comparison) inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTrue(PyObject value) => value is PyBool b ? b.Value != 0 : Ops.IsTrue(value);

    // Instructions that run less often, kept out of Execute: a smaller loop method keeps its
    // state (ip, sp, slots) in registers. Each takes the value stack top and returns the new one.

    /// <summary>LOAD_METHOD: [method, self] when the attribute is a method found on the type (no bound
    /// method made), else [NULL, attribute].</summary>
    private static int LoadMethod(Frame f, Slot[] slots, int sp, int oparg)
    {
        var obj = slots[sp - 1].Value!;
        var method = Ops.LookupMethod(obj, f.Code.Names[oparg]);
        if (method is not null)
        {
            slots[sp - 1].Value = method;
            slots[sp++].Value = obj;
        }
        else
        {
            slots[sp - 1].Value = null;
            slots[sp++].Value = Ops.GetAttr(obj, f.Code.Names[oparg]);
        }
        return sp;
    }

    private static int LoadName(Frame f, Slot[] slots, int sp, int oparg)
    {
        var key = f.Code.NameObjects[oparg];
        if (f.Locals!.TryGetValue(key, out var v) || f.Globals.TryGetValue(key, out v) || f.Builtins.TryGetValue(key, out v))
            slots[sp++].Value = v;
        else
            throw Errors.Name(key.Value);
        return sp;
    }

    private static int StoreName(Frame f, Slot[] slots, int sp, int oparg)
    {
        f.Locals!.Set(f.Code.NameObjects[oparg], slots[--sp].Value!);
        return sp;
    }

    private static int StoreGlobal(Frame f, Slot[] slots, int sp, int oparg)
    {
        f.Globals.Set(f.Code.NameObjects[oparg], slots[--sp].Value!);
        return sp;
    }

    private static int DeleteAttr(Frame f, Slot[] slots, int sp, int oparg)
    {
        var owner = slots[--sp].Value!;
        slots[sp].Value = null;
        Ops.DelAttr(owner, f.Code.Names[oparg]);
        return sp;
    }

    private static int SetupAnnotations(Frame f, Slot[] slots, int sp, int oparg)
    {
        var key = new PyStr("__annotations__");
        if (!f.Locals!.TryGetValue(key, out _))
            f.Locals.Set(key, new PyDict());
        return sp;
    }

    private static int BuildTuple(Frame f, Slot[] slots, int sp, int oparg)
    {
        sp -= oparg;
        if (oparg == 0)
        {
            slots[sp].Value = PyTuple.Empty;
            return sp + 1;
        }
        // A loop for the handful of items a display has (a span copy and a clear are two calls each).
        var items = new PyObject[oparg];
        for (int i = 0; i < items.Length; i++)
        {
            ObjectArrays.Store(items, i, slots[sp + i].Value);
            slots[sp + i].Value = null;
        }
        slots[sp].Value = new PyTuple(items);
        return sp + 1;
    }

    private static int BuildList(Frame f, Slot[] slots, int sp, int oparg)
    {
        // A loop for the handful of items a display has (as BUILD_TUPLE).
        sp -= oparg;
        var items = new List<PyObject>(oparg);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(items, oparg);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items);
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = slots[sp + i].Value!;
            slots[sp + i].Value = null;
        }
        slots[sp].Value = new PyList(items);
        return sp + 1;
    }

    private static int BuildMap(Frame f, Slot[] slots, int sp, int oparg)
    {
        var dict = new PyDict();
        for (int i = sp - 2 * oparg; i < sp; i += 2)
            dict.Set(slots[i].Value!, slots[i + 1].Value!);
        Array.Clear(slots, sp - 2 * oparg, 2 * oparg);
        sp -= 2 * oparg;
        slots[sp++].Value = dict;
        return sp;
    }

    private static int BuildSet(Frame f, Slot[] slots, int sp, int oparg)
    {
        var set = new PySet();
        for (int i = sp - oparg; i < sp; i++)
            set.Add(slots[i].Value!);
        Array.Clear(slots, sp - oparg, oparg);
        sp -= oparg;
        slots[sp++].Value = set;
        return sp;
    }

    private static int SetAdd(Frame f, Slot[] slots, int sp, int oparg)
    {
        var item = slots[--sp].Value!;
        slots[sp].Value = null;
        ((PySet)slots[sp - oparg].Value!).Add(item);
        return sp;
    }

    private static int SetUpdate(Frame f, Slot[] slots, int sp, int oparg)
    {
        var iterable = slots[--sp].Value!;
        slots[sp].Value = null;
        ((PySet)slots[sp - oparg].Value!).Update(iterable);
        return sp;
    }

    private static int MapAdd(Frame f, Slot[] slots, int sp, int oparg)
    {
        var value = slots[--sp].Value!;
        var key = slots[--sp].Value!;
        slots[sp].Value = slots[sp + 1].Value = null;
        ((PyDict)slots[sp - oparg].Value!).Set(key, value);
        return sp;
    }

    private static int UnpackEx(Frame f, Slot[] slots, int sp, int oparg)
    {
        var items = slots[--sp].Value is PyTuple or PyList ? Ops.UnpackSequenceAny(slots[sp].Value!) : Ops.CollectForUnpacking(slots[sp].Value!);
        slots[sp].Value = null;
        int before = oparg & 0xFF, after = oparg >> 8;
        if (items.Length < before + after)
            throw Errors.Value($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        for (int i = items.Length - 1; i >= items.Length - after; i--)
            slots[sp++].Value = items[i];
        slots[sp++].Value = new PyList(new List<PyObject>(items[before..(items.Length - after)]));
        for (int i = before - 1; i >= 0; i--)
            slots[sp++].Value = items[i];
        return sp;
    }

    private static int BeforeWith(Frame f, Slot[] slots, int sp, int oparg)
    {
        var manager = slots[sp - 1].Value!;
        var enter = Ops.TryGetAttr(manager, "__enter__");
        var exit = Ops.TryGetAttr(manager, "__exit__");
        if (enter is null || exit is null)
            throw Errors.Type($"'{manager.Type.Name}' object does not support the context manager protocol");
        slots[sp - 1].Value = exit;
        slots[sp++].Value = Ops.Call(enter, ReadOnlySpan<PyObject>.Empty);
        return sp;
    }

    private static int WithExceptStart(Frame f, Slot[] slots, int sp, int oparg)
    {
        // Stack: exit, lasti, previous exception, exception.
        var exc = (PyBaseException)slots[sp - 1].Value!;
        var exit = slots[sp - 4].Value!;
        slots[sp++].Value = Ops.Call(exit, new PyObject[] { exc.Type, exc, PyNone.Instance });
        return sp;
    }

    private static int FormatValue(Frame f, Slot[] slots, int sp, int oparg)
    {
        PyObject? spec = (oparg & 4) != 0 ? slots[--sp].Value : null;
        var value = slots[sp - 1].Value!;
        value = (oparg & 3) switch
        {
            1 => new PyStr(Ops.Str(value)),
            2 => new PyStr(Ops.Repr(value)),
            3 => new PyStr(BuiltinFunctions.AsciiRepr(Ops.Repr(value))),
            _ => value,
        };
        // Without a spec, a str (given, or what the conversion made) is its own format(), as in CPython.
        if (spec is not null || !ReferenceEquals(value.Type, PyStr.TypeObject))
            value = new PyStr(Ops.Format(value, spec is PyStr s ? s.Value : ""));
        slots[sp - 1].Value = value;
        if (spec is not null)
            slots[sp].Value = null;
        return sp;
    }

    private static int BuildString(Frame f, Slot[] slots, int sp, int oparg)
    {
        int start = sp - oparg, length = 0;
        for (int i = start; i < sp; i++)
            length += ((PyStr)slots[i].Value!).Value.Length;
        // Straight into a string of the final length (no StringBuilder and its buffers).
        var text = string.Create(length, (slots, start, sp), static (chars, parts) =>
        {
            for (int i = parts.start; i < parts.sp; i++)
            {
                var piece = System.Runtime.CompilerServices.Unsafe.As<PyStr>(parts.slots[i].Value!).Value;
                piece.CopyTo(chars);
                chars = chars[piece.Length..];
            }
        });
        Array.Clear(slots, start, oparg);
        slots[start].Value = new PyStr(text);
        return start + 1;
    }

    private static int MakeFunction(Frame f, Slot[] slots, int sp, int oparg)
    {
        var codeObj = (PyCode)slots[--sp].Value!;
        var fn = new PyFunction(codeObj, f.Globals, codeObj.Qualname);
        if ((oparg & 8) != 0)
            fn.Closure = ((PyTuple)slots[--sp].Value!).Items;
        if ((oparg & 4) != 0)
            fn.Annotations = slots[--sp].Value;
        if ((oparg & 2) != 0)
            fn.KwDefaults = (PyDict)slots[--sp].Value!;
        if ((oparg & 1) != 0)
            fn.Defaults = ((PyTuple)slots[--sp].Value!).Items;
        slots[sp].Value = null;
        slots[sp++].Value = fn;
        return sp;
    }

    private static int GetAwaitable(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp - 1].Value = Awaitable(slots[sp - 1].Value!, oparg);
        return sp;
    }

    private static int GetYieldFromIter(Frame f, Slot[] slots, int sp, int oparg)
    {
        var iterable = slots[sp - 1].Value!;
        if (iterable is PyGenerator { IsCoroutine: true } && (f.Code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
            throw Errors.Type("cannot 'yield from' a coroutine object in a non-coroutine generator");
        if (iterable is not PyGenerator)
            slots[sp - 1].Value = Ops.GetIter(iterable);
        return sp;
    }

    private static int GetAiter(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp - 1].Value = AsyncIterator(slots[sp - 1].Value!);
        return sp;
    }

    private static int GetAnext(Frame f, Slot[] slots, int sp, int oparg)
    {
        var aiter = slots[sp - 1].Value!;
        slots[sp++].Value = aiter is PyGenerator { IsAsyncGenerator: true } agen
            ? PyAsyncGenAwaitable.ASend(agen, PyNone.Instance)
            : AsyncNext(aiter);
        return sp;
    }

    private static int BeforeAsyncWith(Frame f, Slot[] slots, int sp, int oparg)
    {
        var manager = slots[sp - 1].Value!;
        var enter = manager.Type.Lookup("__aenter__");
        var exit = manager.Type.Lookup("__aexit__");
        if (enter is null || exit is null)
            throw Errors.Type($"'{manager.Type.Name}' object does not support the asynchronous context manager protocol");
        slots[sp - 1].Value = Ops.DescriptorGet(exit, manager, manager.Type);
        slots[sp++].Value = Ops.Call(Ops.DescriptorGet(enter, manager, manager.Type), ReadOnlySpan<PyObject>.Empty);
        return sp;
    }

    private static int PrintExpr(Frame f, Slot[] slots, int sp, int oparg)
    {
        var value = slots[--sp].Value!;
        slots[sp].Value = null;
        var hook = Modules.SysModule.Instance.Dict.Get("displayhook")
            ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "lost sys.displayhook");
        Ops.Call(hook, new[] { value });
        return sp;
    }

    private static int CheckEgMatch(Frame f, Slot[] slots, int sp, int oparg)
    {
        var type = slots[--sp].Value!;
        slots[sp].Value = null;
        var exc = slots[sp - 1].Value!;
        if (exc is PyNone)
        {
            slots[sp++].Value = PyNone.Instance;
            return sp;
        }
        var (rest, match) = PyExceptionGroup.MatchForExceptStar((PyBaseException)exc, type);
        if (match is not PyNone)
        {
            slots[sp - 1].Value = rest;
            ThreadState.Current.Handled = (PyBaseException)match;
        }
        slots[sp++].Value = match;
        return sp;
    }

    private static int PrepReraiseStar(Frame f, Slot[] slots, int sp, int oparg)
    {
        var results = (PyList)slots[--sp].Value!;
        slots[sp].Value = null;
        slots[sp - 1].Value = PyExceptionGroup.PrepareReraise(slots[sp - 1].Value!, results);
        return sp;
    }

    private static int DeleteName(Frame f, Slot[] slots, int sp, int oparg)
    {
        if (!f.Locals!.Remove(new PyStr(f.Code.Names[oparg])))
            throw Errors.Name(f.Code.Names[oparg]);
        return sp;
    }

    private static int DeleteGlobal(Frame f, Slot[] slots, int sp, int oparg)
    {
        if (!f.Globals.Remove(new PyStr(f.Code.Names[oparg])))
            throw Errors.Name(f.Code.Names[oparg]);
        return sp;
    }

    private static int DeleteSubscr(Frame f, Slot[] slots, int sp, int oparg)
    {
        var key = slots[--sp].Value!;
        var container = slots[--sp].Value!;
        slots[sp].Value = slots[sp + 1].Value = null;
        Ops.DelItem(container, key);
        return sp;
    }

    private static int CallFunctionEx(Frame f, Slot[] slots, int sp, int oparg)
    {
        PyDict? kwargs = (oparg & 1) != 0 ? (PyDict)slots[--sp].Value! : null;
        var callable = slots[sp - 2].Value!;
        var callargs = slots[--sp].Value as PyTuple ?? CallArguments(callable, slots[sp].Value!);
        int n = callargs.Items.Length;
        var all = new PyObject[n + (kwargs?.Count ?? 0)];
        callargs.Items.CopyTo(all, 0);
        PyTuple? names = null;
        if (kwargs is { Count: > 0 })
        {
            var keys = new PyObject[kwargs.Count];
            int k = 0;
            foreach (var (key, value) in kwargs.Items())
            {
                keys[k] = key as PyStr ?? throw Errors.Type("keywords must be strings");
                all[n + k++] = value;
            }
            names = new PyTuple(keys);
        }
        Array.Clear(slots, sp, 1 + (oparg & 1));
        var result = Ops.Call(callable, all, names);
        slots[--sp].Value = null;
        slots[sp - 1].Value = result;
        return sp;
    }

    private static int ListExtend(Frame f, Slot[] slots, int sp, int oparg)
    {
        var iterable = slots[--sp].Value!;
        slots[sp].Value = null;
        var list = (PyList)slots[sp - oparg].Value!;
        var it = StarredIterator(iterable);
        for (var x = it.Next(); x is not null; x = it.Next())
            list.Items.Add(x);
        return sp;
    }

    private static int ListToTuple(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp - 1].Value = new PyTuple(((PyList)slots[sp - 1].Value!).Items.ToArray());
        return sp;
    }

    private static int BuildConstKeyMap(Frame f, Slot[] slots, int sp, int oparg)
    {
        var keys = ((PyTuple)slots[--sp].Value!).Items;
        slots[sp].Value = null;
        var map = new PyDict();
        for (int i = 0; i < oparg; i++)
            map.Set(keys[i], slots[sp - oparg + i].Value!);
        Array.Clear(slots, sp - oparg, oparg);
        sp -= oparg;
        slots[sp++].Value = map;
        return sp;
    }

    private static readonly int BinarySubscrUnits = 1 + OpcodeInfo.CacheEntries(Opcode.BinarySubscr);
    private static readonly int StoreSubscrUnits = 1 + OpcodeInfo.CacheEntries(Opcode.StoreSubscr);

    /// <summary>BUILD_SLICE; followed by BINARY_SUBSCR of an exact list or tuple with int or None bounds and
    /// step (<c>items[a:b]</c>, <c>items[a::-1]</c>), or by STORE_SUBSCR into an exact list of an exact list or
    /// tuple with step 1 (<c>items[a:b] = values</c>), both at once without the slice object (3.12's
    /// BINARY_SLICE and STORE_SLICE); <paramref name="done"/>: the code units of the instruction done with it.</summary>
    private static unsafe int BuildSlice(Slot[] slots, int sp, int oparg, ushort* next, out int done)
    {
        done = 0;
        if (oparg == 2 && (Opcode)(*next & 0xFF) == Opcode.StoreSubscr && slots[sp - 3].Value is PyList target
            && ReferenceEquals(target.Type, PyList.TypeObject) && slots[sp - 4].Value is { } value
            && (ReferenceEquals(value.Type, PyList.TypeObject) || ReferenceEquals(value.Type, PyTuple.TypeObject))
            && SliceBound(slots[sp - 2].Value!, out long? from) && SliceBound(slots[sp - 1].Value!, out long? to))
        {
            var items = target.Items;
            var (first, _, count) = PySlice.AdjustIndices(from, to, 1, items.Count);
            // list_ass_slice: the new items taken first (a list assigned into itself is copied).
            ReadOnlySpan<PyObject> source = value is PyList values
                ? ReferenceEquals(values, target) ? values.Items.ToArray() : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values.Items)
                : Unsafe.As<PyTuple>(value).Items;
            if (source.Length == count)
            {
                source.CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items).Slice((int)first, (int)count));
            }
            else
            {
                items.RemoveRange((int)first, (int)count);
                items.InsertRange((int)first, source.ToArray());
            }
            for (int i = sp - 4; i < sp; i++)
                slots[i].Value = null;
            done = StoreSubscrUnits;
            return sp - 4;
        }
        long? step = 1;
        if ((Opcode)(*next & 0xFF) == Opcode.BinarySubscr && slots[sp - 1 - oparg].Value is { } container
            && (ReferenceEquals(container.Type, PyList.TypeObject) || ReferenceEquals(container.Type, PyTuple.TypeObject))
            && SliceBound(slots[sp - oparg].Value!, out long? lower) && SliceBound(slots[sp - oparg + 1].Value!, out long? upper)
            && (oparg == 2 || SliceBound(slots[sp - 1].Value!, out step) && step != 0))
        {
            long by = step ?? 1;
            var list = container as PyList;
            var items = list is not null ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list.Items) : Unsafe.As<PyTuple>(container).Items;
            var (begin, _, length) = PySlice.AdjustIndices(lower, upper, by, items.Length);
            int start = (int)begin, count = (int)length;
            PyObject result;
            if (by == 1)
            {
                result = list is not null ? new PyList(list.Items.GetRange(start, count))
                    : count == items.Length ? container
                    : new PyTuple(items.Slice(start, count).ToArray());
            }
            else
            {
                var picked = new List<PyObject>(count);
                System.Runtime.InteropServices.CollectionsMarshal.SetCount(picked, count);
                var into = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(picked);
                for (int i = 0, k = start; i < count; i++, k += (int)by)
                    into[i] = items[k];
                result = list is not null ? new PyList(picked) : new PyTuple(into.ToArray());
            }
            slots[sp - 1 - oparg].Value = result;
            for (int i = sp - oparg; i < sp; i++)
                slots[i].Value = null;
            done = BinarySubscrUnits;
            return sp - oparg;
        }
        return BuildSlice(slots, sp, oparg);
    }

    /// <summary>A slice bound or step the direct path takes: a machine-word int, or None (null).</summary>
    private static bool SliceBound(PyObject bound, out long? value)
    {
        value = null;
        if (bound is PyNone)
            return true;
        if (bound is PyInt { IsBig: false } i && i.Value != long.MinValue)
        {
            value = i.Value;
            return true;
        }
        return false;
    }

    private static int BuildSlice(Slot[] slots, int sp, int oparg)
    {
        var step = oparg == 3 ? slots[--sp].Value! : PyNone.Instance;
        var stop = slots[--sp].Value!;
        var start = slots[sp - 1].Value!;
        Array.Clear(slots, sp, oparg - 1);
        slots[sp - 1].Value = new PySlice(start, stop, step);
        return sp;
    }

    private static int ImportName(Frame f, Slot[] slots, int sp, int oparg)
    {
        var fromlist = slots[--sp].Value!;
        var level = (PyInt)slots[sp - 1].Value!;
        slots[sp].Value = null;
        slots[sp - 1].Value = Importer.ImportName(f.Code.Names[oparg], fromlist, (int)level.Value, f.Globals);
        return sp;
    }

    private static int ImportFrom(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp].Value = Importer.ImportFrom(slots[sp - 1].Value!, f.Code.Names[oparg]);
        sp++;
        return sp;
    }

    private static int ImportStar(Frame f, Slot[] slots, int sp, int oparg)
    {
        var module = (PyModule)slots[--sp].Value!;
        slots[sp].Value = null;
        var all = module.Dict.Get("__all__");
        foreach (var (key, value) in module.Dict.Items())
        {
            string keyName = ((PyStr)key).Value;
            if (all is null ? !keyName.StartsWith('_') : Ops.Contains(all, key))
                f.Locals!.Set(key, value);
        }
        return sp;
    }

    private static int GetLen(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp].Value = PyInt.From(Ops.Length(slots[sp - 1].Value!));
        sp++;
        return sp;
    }

    private static int MatchSequence(Frame f, Slot[] slots, int sp, int oparg)
    {
        var subject = slots[sp - 1].Value!;
        slots[sp++].Value = PyBool.From(subject is PyList or PyTuple or PyRange
            || subject.Type.IsHeapType && subject is not (PyStr or PyDict) && subject.Type.Lookup("__getitem__") is not null && subject.Type.Lookup("__len__") is not null && subject.Type.Lookup("keys") is null);
        return sp;
    }

    private static int MatchMapping(Frame f, Slot[] slots, int sp, int oparg)
    {
        slots[sp].Value = PyBool.From(slots[sp - 1].Value is PyDict || slots[sp - 1].Value!.Type.IsHeapType && slots[sp - 1].Value!.Type.Lookup("keys") is not null && slots[sp - 1].Value!.Type.Lookup("__getitem__") is not null);
        sp++;
        return sp;
    }

    private static int MatchKeys(Frame f, Slot[] slots, int sp, int oparg)
    {
        var keys = (PyTuple)slots[sp - 1].Value!;
        var subject = slots[sp - 2].Value!;
        var values = new PyObject[keys.Items.Length];
        bool all = true;
        // Mapping patterns look keys up with get() (so __missing__ is not used); an exact dict directly.
        var get = subject is PyDict && !subject.Type.IsHeapType ? null : Ops.GetAttr(subject, "get");
        for (int i = 0; i < values.Length && all; i++)
        {
            if (get is null)
            {
                all = ((PyDict)subject).TryGetValue(keys.Items[i], out values[i]);
            }
            else
            {
                values[i] = Ops.Call(get, new[] { keys.Items[i], s_missingKey });
                all = !ReferenceEquals(values[i], s_missingKey);
            }
        }
        slots[sp++].Value = all ? new PyTuple(values) : PyNone.Instance;
        return sp;
    }

    private static int MatchClass(Frame f, Slot[] slots, int sp, int oparg)
    {
        var names = (PyTuple)slots[--sp].Value!;
        var cls = slots[--sp].Value!;
        slots[sp].Value = slots[sp + 1].Value = null;
        var subject = slots[sp - 1].Value!;
        slots[sp - 1].Value = Ops.MatchClass(subject, cls, oparg, names) ?? (PyObject)PyNone.Instance;
        return sp;
    }

    /// <summary>CONTAINS_OP's test (the two operands popped): <c>item in container</c>, or <c>not in</c>.</summary>
    private static bool ContainsOp(Slot[] slots, int sp, int oparg)
    {
        var container = slots[sp - 1].Value!;
        var item = slots[sp - 2].Value!;
        slots[sp - 1].Value = slots[sp - 2].Value = null;
        // Exact sets and dicts straight to their table, exact strs to the substring search (no __contains__
        // to look for; a set item, looked for as a frozenset, takes the general path).
        bool found = container is PySet set && (ReferenceEquals(set.Type, PySet.SetType) || ReferenceEquals(set.Type, PySet.FrozenSetType)) && item is not PySet
            ? set.Contains(item)
            : container is PyDict dict && ReferenceEquals(dict.Type, PyDict.TypeObject)
                ? dict.TryGetValue(item, out _)
                : ReferenceEquals(container.Type, PyStr.TypeObject) && ReferenceEquals(item.Type, PyStr.TypeObject)
                    ? Unsafe.As<PyStr>(container).Value.Contains(Unsafe.As<PyStr>(item).Value, StringComparison.Ordinal)
                    : Ops.Contains(container, item);
        return found ^ (oparg == 1);
    }

    private static int CheckExcMatch(Frame f, Slot[] slots, int sp, int oparg)
    {
        var type = slots[--sp].Value!;
        slots[sp].Value = null;
        slots[sp++].Value = PyBool.From(Ops.ExceptionMatches((PyBaseException)slots[sp - 2].Value!, type));
        return sp;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundLocal(PyCode code, int slot) =>
        Errors.Raise(ExceptionTypes.UnboundLocalError, UnboundLocalMessage(code.Varnames[slot]));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException UnboundDeref(PyCode code, int slot)
    {
        string name = code.LocalsPlusName(slot);
        return slot >= code.LocalsPlusCount - code.Freevars.Length
            ? Errors.Name($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope", exact: true)
            : Errors.Raise(ExceptionTypes.UnboundLocalError, UnboundLocalMessage(name));
    }

    /// <summary>Continues a generator's frame until it yields or returns.</summary>
    public static PyObject Resume(Frame frame)
    {
        frame.Yielded = false;
        var thread = ThreadState.Current;
        return Run(frame.WithBack(thread.CurrentFrame), thread);
    }

    /// <summary>GET_AWAITABLE: what await drives (Objects/genobject.c: _PyCoro_GetAwaitableIter).</summary>
    private static PyObject Awaitable(PyObject awaitable, int where)
    {
        switch (awaitable)
        {
            case PyGenerator { IsCoroutine: true } coroutine:
                if (coroutine.YieldFrom is PyGenerator { IsCoroutine: true } || coroutine.Running)
                    throw Errors.Raise(ExceptionTypes.RuntimeError, "coroutine is being awaited already");
                return coroutine;
            case PyGenerator { IsIterableCoroutine: true }:
            case PyAsyncGenAwaitable:
            case PyCoroutineWrapper:
                return awaitable;
        }
        var await = awaitable.Type.Lookup("__await__");
        if (await is null)
        {
            throw Errors.Type(where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {awaitable.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {awaitable.Type.Name}",
                _ => $"object {awaitable.Type.Name} can't be used in 'await' expression",
            });
        }
        var iterator = Ops.Call(Ops.DescriptorGet(await, awaitable, awaitable.Type), ReadOnlySpan<PyObject>.Empty);
        if (iterator is PyGenerator { IsCoroutine: true })
            throw Errors.Type("__await__() returned a coroutine");
        if (iterator is not PyIterator && iterator.Type.LookupOverride("__next__") is null)
            throw Errors.Type($"__await__() returned non-iterator of type '{iterator.Type.Name}'");
        return iterator;
    }

    /// <summary>SEND: the next value from what yield from / await drives, or (done) its final result.</summary>
    private static PyObject SendTo(PyObject receiver, PyObject value, out bool done)
    {
        if (receiver is ISendTarget target)
            return target.Send(value, out done);
        try
        {
            PyObject? result;
            if (value is PyNone && receiver is PyIterator iterator)
            {
                result = iterator.Next();
                done = result is null;
                return result ?? PyNone.Instance;
            }
            result = value is PyNone
                ? Ops.CallDunder(receiver, "__next__") ?? throw Errors.Type($"'{receiver.Type.Name}' object is not an iterator")
                : Ops.Call(Ops.GetAttr(receiver, "send"), new[] { value });
            done = false;
            return result;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            done = true;
            return e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance;
        }
    }

    /// <summary>GET_AITER: obj.__aiter__(), which must have __anext__.</summary>
    private static PyObject AsyncIterator(PyObject iterable)
    {
        var aiter = iterable.Type.Lookup("__aiter__")
            ?? throw Errors.Type($"'async for' requires an object with __aiter__ method, got {iterable.Type.Name}");
        var iterator = Ops.Call(Ops.DescriptorGet(aiter, iterable, iterable.Type), ReadOnlySpan<PyObject>.Empty);
        if (iterator.Type.Lookup("__anext__") is null)
            throw Errors.Type($"'async for' received an object from __aiter__ that does not implement __anext__: {iterator.Type.Name}");
        return iterator;
    }

    /// <summary>GET_ANEXT for iterators other than async generators: the awaitable __anext__() returns.</summary>
    private static PyObject AsyncNext(PyObject aiter)
    {
        var anext = aiter.Type.Lookup("__anext__")
            ?? throw Errors.Type($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var awaitable = Ops.Call(Ops.DescriptorGet(anext, aiter, aiter.Type), ReadOnlySpan<PyObject>.Empty);
        try
        {
            return Awaitable(awaitable, 0);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
        {
            throw Errors.Type($"'async for' received an invalid object from __anext__: {awaitable.Type.Name}");
        }
    }

    /// <summary>The frame running Python code on this thread (sys._getframe, super()).</summary>
    public static Frame? CurrentFrame => ThreadState.Current.CurrentFrame;

    /// <summary>Runs a module-level code object (exec/eval) in the given namespaces.</summary>
    public static PyObject RunCode(PyCode code, PyDict globals, PyDict locals) =>
        Run(Frame.Push(code, globals, BuiltinsOf(globals), locals, CurrentFrame, null));

    /// <summary>The builtins code run in <paramref name="globals"/> sees: its __builtins__ (a module or a dict).</summary>
    private static PyDict BuiltinsOf(PyDict globals) => globals.Get("__builtins__") switch
    {
        PyModule m => m.Dict,
        PyDict d => d,
        _ => Builtins.Dict,
    };

    private static string UnboundLocalMessage(string name) =>
        $"cannot access local variable '{name}' where it is not associated with a value";

    public static PyDict CurrentGlobals() => CurrentFrame?.Globals ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "no current frame");

    /// <summary>locals(): the namespace of module and class bodies, a snapshot of a function's variables.</summary>
    public static PyDict CurrentLocals()
    {
        var f = CurrentFrame ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "no current frame");
        if (f.Locals is not null)
            return f.Locals;
        var d = new PyDict();
        for (int i = 0; i < f.Code.LocalsPlusCount; i++)
        {
            var v = f.Local(i) is PyCell c ? c.Contents : f.Local(i);
            if (v is not null)
                d.Set(f.Code.LocalsPlusName(i), v);
        }
        return d;
    }

    /// <summary>Runs a class body with <paramref name="ns"/> as its namespace; returns the __class__ cell, if any.</summary>
    public static PyObject? RunClassBody(PyFunction body, PyDict ns)
    {
        var frame = Frame.Push(body.Code, body.Globals, Builtins.Dict, ns, CurrentFrame, body);
        Run(frame);
        return ns.TryGetValue(new PyStr("__classcell__"), out var cell) ? cell : null;
    }

    /// <summary>super() without arguments: the enclosing method's class (its __class__ cell) and first argument.</summary>
    public static PyObject ZeroArgumentSuper()
    {
        var f = CurrentFrame ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "super(): no current frame");
        var code = f.Code;
        if (code.Argcount == 0)
            throw Errors.Raise(ExceptionTypes.RuntimeError, "super(): no arguments");
        var first = f.Local(0) is PyCell c ? c.Contents : f.Local(0);
        int index = Array.IndexOf(code.Freevars, "__class__");
        if (index < 0 || first is null)
            throw Errors.Raise(ExceptionTypes.RuntimeError, "super(): __class__ cell not found");
        var cls = ((PyCell)f.Local(code.LocalsPlusCount - code.Freevars.Length + index)!).Contents as PyType
            ?? throw Errors.Raise(ExceptionTypes.RuntimeError, "super(): empty __class__ cell");
        return new PySuper(cls, first);
    }

    /// <summary>A frame for calling <paramref name="fn"/> (the last kwNames.Length arguments are keywords).</summary>
    internal static Frame PrepareFrame(PyFunction fn, ReadOnlySpan<PyObject?> args, PyTuple? kwNames, Frame? caller)
    {
        caller ??= ThreadState.Current.CurrentFrame;
        if (caller is not null && caller.Depth >= ThreadState.RecursionLimit)
            throw Errors.Raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        var frame = caller is not null ? Frame.PushCall(fn, caller) : Frame.Push(fn.Code, fn.Globals, Builtins.Dict, null, null, fn);
        try
        {
            ArgumentBinder.Bind(fn, args, kwNames, Slot.Objects(frame.Slots, 0, fn.Code.LocalsPlusCount));
        }
        catch
        {
            // The frame never runs: its slots go straight back.
            frame.Release();
            throw;
        }
        return frame;
    }
}
