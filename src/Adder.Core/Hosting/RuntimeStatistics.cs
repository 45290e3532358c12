using Adder.Bytecode;
using Adder.Runtime.Interpreter;

namespace Adder.Hosting;

/// <summary>
/// What the runtime counted while a program ran, for developers chasing time (the command line prints it to
/// stderr at exit when ADDER_STATS is set): the GC's collections, pauses and allocation, and the specialized
/// instructions whose guards failed ("misses") and how often one went back to its base form ("deopts") —
/// CPython's --enable-pystats in small.
/// </summary>
public static class RuntimeStatistics
{
    public static void Report(TextWriter output)
    {
        output.WriteLine($"gc: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; "
            + $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms; allocated {GC.GetTotalAllocatedBytes() >> 20} MiB");
        foreach (var (form, misses, deopts) in Specializer.MissCounts())
            output.WriteLine($"misses: {OpcodeInfo.Name(form)} {misses}, back to {OpcodeInfo.Name(OpcodeInfo.Deopt(form))} {deopts} times");
    }
}
