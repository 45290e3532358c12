using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Adder.Runtime.Interpreter;

/// <summary>
/// One slot of a frame (a local or a value-stack entry). A struct around the reference: storing into a
/// <c>PyObject?[]</c> costs a covariance check on every store (the element type is never the value's exact
/// type), a store into a struct array does not (measured in docs/performance.md, 2026-11-26).
/// </summary>
public struct Slot
{
    public PyObject? Value;

    /// <summary>Slots seen as references (the struct has the reference's layout), for argument spans.</summary>
    public static Span<PyObject?> Objects(Slot[] array, int start, int length)
    {
        if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start))
            throw new ArgumentOutOfRangeException(nameof(length));
        return MemoryMarshal.CreateSpan(ref Unsafe.As<Slot, PyObject?>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start)), length);
    }

    /// <summary>Slots holding a call's arguments (all set).</summary>
    public static ReadOnlySpan<PyObject> Arguments(Slot[] array, int start, int length) => Objects(array, start, length)!;
}
