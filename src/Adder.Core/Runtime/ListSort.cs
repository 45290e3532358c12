using System.Runtime.CompilerServices;
namespace Adder.Runtime;

/// <summary>
/// list.sort and sorted(): CPython's timsort (Objects/listobject.c, Objects/listsort.txt) as far as the
/// order of comparisons shows: runs are found the same way (strictly descending runs reversed), short runs
/// are extended by binary insertion to the same minimum run length, and runs are merged in the powersort
/// order. Merging does not gallop, so long lists may compare other pairs than CPython does, with the same
/// result. During the sort the list looks empty; a list changed meanwhile raises "list modified during sort".
/// </summary>
internal static class ListSort
{
    private struct Run
    {
        public int Start;
        public int Length;
        public int Power;
    }

    private static readonly string[] s_parameters = { "key", "reverse" };

    /// <summary>list.sort(*, key=None, reverse=False) with its arguments (args[0] is the list).</summary>
    public static PyObject SortMethod(ReadOnlySpan<PyObject> args, PyObject[]? kwNames)
    {
        var v = new PyObject?[2];
        ArgParser.Bind("sort", args[1..], kwNames, s_parameters, v, maxPositional: 0);
        PyObject? key = v[0], reverse = v[1];
        bool descending = false;
        if (reverse is not null)
            descending = ArgParser.CInt(reverse) != 0;
        Sort((PyList)args[0], key is PyNone ? null : key, descending);
        return PyNone.Instance;
    }

    public static void Sort(PyList list, PyObject? key, bool reverse)
    {
        var items = list.Items;
        var saved = items.ToArray();
        // The list is empty while it is sorted; an allocation afterwards shows that it was changed.
        items.Clear();
        items.Capacity = 0;
        int n = saved.Length;
        PyObject[] keys;
        if (key is null)
        {
            keys = saved;
        }
        else
        {
            keys = new PyObject[n];
            try
            {
                var one = new PyObject[1];
                for (int i = 0; i < n; i++)
                {
                    one[0] = saved[i];
                    ObjectArrays.Store(keys, i, Ops.Call(key, one));
                }
            }
            catch (PyException)
            {
                items.Clear();
                items.AddRange(saved);
                throw;
            }
        }
        var values = key is null ? null : saved;
        bool failed = true;
        try
        {
            if (reverse && n > 1)
                Reverse(keys, values, 0, n);
            if (n > 1)
                TimSort(keys, values, n, KindOf(keys));
            failed = false;
        }
        finally
        {
            bool modified = items.Capacity != 0 || items.Count != 0;
            if (reverse && n > 1)
                Reverse(keys, values, 0, n);
            items.Clear();
            items.AddRange(saved);
            if (!failed && modified)
                throw Errors.Value("list modified during sort");
        }
    }

    /// <summary>What all the keys are, when they are all of one exact type whose order needs no Python code
    /// (CPython's pre-sort check in listobject.c: the unsafe_*_compare functions).</summary>
    private enum KeyKind
    {
        Any,
        Int,
        Float,
        Str,
        Tuple,
    }

    private static KeyKind KindOf(PyObject[] keys)
    {
        var kind = KindOf(keys[0]);
        foreach (var key in keys)
        {
            if (KindOf(key) != kind)
                return KeyKind.Any;
        }
        return kind;
    }

    private static KeyKind KindOf(PyObject key)
    {
        var type = key.Type;
        return ReferenceEquals(type, PyInt.TypeObject) ? (Unsafe.As<PyInt>(key).IsBig ? KeyKind.Any : KeyKind.Int)
            : ReferenceEquals(type, PyFloat.TypeObject) ? KeyKind.Float
            : ReferenceEquals(type, PyStr.TypeObject) ? KeyKind.Str
            : ReferenceEquals(type, PyTuple.TypeObject) ? KeyKind.Tuple
            : KeyKind.Any;
    }

    private static bool Less(KeyKind kind, PyObject a, PyObject b) => kind switch
    {
        KeyKind.Int => Unsafe.As<PyInt>(a).Value < Unsafe.As<PyInt>(b).Value,
        KeyKind.Float => Unsafe.As<PyFloat>(a).Value < Unsafe.As<PyFloat>(b).Value,
        KeyKind.Str => CodePoints.Compare(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value) < 0,
        KeyKind.Tuple => TupleLess(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items),
        _ => Ops.IsTrue(Ops.RichCompare(a, b, CompareOp.Lt)),
    };

    /// <summary>tuple &lt; tuple: the first items that are not equal decide (with &lt;), else the lengths.</summary>
    private static bool TupleLess(PyObject[] x, PyObject[] y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            var a = x[i];
            var b = y[i];
            if (ReferenceEquals(a, b) || (Ops.KeysEqual(a, b) ?? Ops.Equal(a, b)))
                continue;
            // The items that differ decide, compared as a sort of two keys of theirs would.
            var kind = KindOf(a);
            return Less(kind == KindOf(b) ? kind : KeyKind.Any, a, b);
        }
        return x.Length < y.Length;
    }

    private static void Reverse(PyObject[] keys, PyObject[]? values, int lo, int hi)
    {
        Array.Reverse(keys, lo, hi - lo);
        if (values is not null)
            Array.Reverse(values, lo, hi - lo);
    }

    private static void TimSort(PyObject[] keys, PyObject[]? values, int n, KeyKind kind)
    {
        int minRun = MinRun(n);
        var pending = new List<Run>();
        int lo = 0;
        int remaining = n;
        while (remaining > 0)
        {
            int length = CountRun(keys, lo, lo + remaining, kind, out bool descending);
            if (descending)
                Reverse(keys, values, lo, lo + length);
            if (length < minRun)
            {
                int force = remaining <= minRun ? remaining : minRun;
                BinarySort(keys, values, lo, lo + force, lo + length, kind);
                length = force;
            }
            if (pending.Count > 0)
            {
                var last = pending[^1];
                int power = PowerLoop(last.Start, last.Length, length, n);
                while (pending.Count > 1 && pending[^2].Power > power)
                    MergeAt(keys, values, pending, pending.Count - 2, kind);
                last = pending[^1];
                last.Power = power;
                pending[^1] = last;
            }
            pending.Add(new Run { Start = lo, Length = length });
            remaining -= length;
            lo += length;
        }
        while (pending.Count > 1)
        {
            int i = pending.Count - 2;
            if (i > 0 && pending[i - 1].Length < pending[i + 1].Length)
                i--;
            MergeAt(keys, values, pending, i, kind);
        }
    }

    private static int MinRun(int n)
    {
        int r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// <summary>The powersort "power" of the boundary between the run at s1 (n1 long) and the next (n2 long).</summary>
    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>The length of the run at lo: non-descending, or strictly descending.</summary>
    private static int CountRun(PyObject[] keys, int lo, int hi, KeyKind kind, out bool descending)
    {
        descending = false;
        int i = lo + 1;
        if (i == hi)
            return 1;
        int n = 2;
        if (Less(kind, keys[i], keys[i - 1]))
        {
            descending = true;
            for (i++; i < hi; i++, n++)
            {
                if (!Less(kind, keys[i], keys[i - 1]))
                    break;
            }
        }
        else
        {
            for (i++; i < hi; i++, n++)
            {
                if (Less(kind, keys[i], keys[i - 1]))
                    break;
            }
        }
        return n;
    }

    /// <summary>Sorts [lo, hi) by binary insertion, [lo, start) being sorted already.</summary>
    private static void BinarySort(PyObject[] keys, PyObject[]? values, int lo, int hi, int start, KeyKind kind)
    {
        if (lo == start)
            start++;
        for (; start < hi; start++)
        {
            int l = lo, r = start;
            var pivot = keys[r];
            do
            {
                int p = l + ((r - l) >> 1);
                if (Less(kind, pivot, keys[p]))
                    r = p;
                else
                    l = p + 1;
            }
            while (l < r);
            Array.Copy(keys, l, keys, l + 1, start - l);
            ObjectArrays.Store(keys, l, pivot);
            if (values is not null)
            {
                var v = values[start];
                Array.Copy(values, l, values, l + 1, start - l);
                ObjectArrays.Store(values, l, v);
            }
        }
    }

    // The arrays sorted here are all PyObject[] made by this class or List.ToArray: stores into them skip the
    // covariance check (ObjectArrays), which cost each element move a runtime type check.

    /// <summary>Merges the runs i and i + 1 of the stack (stable: on ties the left run's item comes first).</summary>
    private static void MergeAt(PyObject[] keys, PyObject[]? values, List<Run> pending, int i, KeyKind kind)
    {
        var a = pending[i];
        var b = pending[i + 1];
        a.Length += b.Length;
        pending[i] = a;
        pending.RemoveAt(i + 1);
        int na = b.Start - a.Start, nb = b.Length;
        var tempKeys = new PyObject[na];
        Array.Copy(keys, a.Start, tempKeys, 0, na);
        PyObject[]? tempValues = null;
        if (values is not null)
        {
            tempValues = new PyObject[na];
            Array.Copy(values, a.Start, tempValues, 0, na);
        }
        int x = 0, y = b.Start, end = b.Start + nb, dest = a.Start;
        try
        {
            while (x < na && y < end)
            {
                if (Less(kind, keys[y], tempKeys[x]))
                {
                    ObjectArrays.Store(keys, dest, keys[y]);
                    if (values is not null)
                        ObjectArrays.Store(values, dest, values[y]);
                    y++;
                }
                else
                {
                    ObjectArrays.Store(keys, dest, tempKeys[x]);
                    if (values is not null)
                        ObjectArrays.Store(values, dest, tempValues![x]);
                    x++;
                }
                dest++;
            }
        }
        finally
        {
            // What is left of the first run goes back (also when a comparison failed: no item is lost).
            Array.Copy(tempKeys, x, keys, dest, na - x);
            if (values is not null)
                Array.Copy(tempValues!, x, values, dest, na - x);
        }
    }
}
