using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Adder.Runtime;

/// <summary>
/// Stores into arrays of objects without the covariance check of a plain array store: the element type
/// (PyObject) is never the stored value's exact type, so every plain store takes the runtime's slow type
/// check (10% of a loop appending to a list, 5% of nbody's attribute stores). Only for arrays created with
/// exactly PyObject as their element type (ours, and List&lt;PyObject&gt;'s own).
/// </summary>
internal static class ObjectArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] array, int index, PyObject? value)
    {
        if ((uint)index >= (uint)array.Length)
            ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    /// <summary>list.Add(item): a null is added (a store that needs no check) and replaced through a span.</summary>
    public static void Append(List<PyObject> list, PyObject item)
    {
        int count = list.Count;
        list.Add(null!);
        CollectionsMarshal.AsSpan(list)[count] = item;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
