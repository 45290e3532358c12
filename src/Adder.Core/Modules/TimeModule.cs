using System.Diagnostics;
using Adder.Runtime;

namespace Adder.Modules;

/// <summary>The time module.</summary>
public static class TimeModule
{
    public static PyModule Create()
    {
        var m = new PyModule("time");
        m.Def("time", (args, kw) => new PyFloat(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0));
        m.Def("time_ns", (args, kw) => PyInt.From((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        m.Def("perf_counter", (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Def("perf_counter_ns", (args, kw) => PyInt.From((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        m.Def("monotonic", (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Def("sleep", (args, kw) =>
        {
            double seconds = args[0] is PyFloat f ? f.Value : PyInt.ToDouble(Ops.Index(args[0]));
            if (seconds < 0)
                throw Errors.Value("sleep length must be non-negative");
            Thread.Sleep(TimeSpan.FromSeconds(seconds));
            return PyNone.Instance;
        });
        return m;
    }
}
