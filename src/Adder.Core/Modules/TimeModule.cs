using System.Diagnostics;
using System.Globalization;
using System.Text;
using Adder.Runtime;

namespace Adder.Modules;

/// <summary>The time module: clocks, sleep, struct_time conversions and strftime/strptime (C locale).</summary>
public static class TimeModule
{
    private static readonly PyType s_structTime = StructSequence.Define("time", "struct_time",
        new[] { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" },
        new[] { "tm_zone", "tm_gmtoff" });

    private static readonly string[] s_days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] s_months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static PyModule Create()
    {
        var m = new PyModule("time");
        m.Set("struct_time", s_structTime);
        s_structTime.New = (cls, args) =>
        {
            var items = args.Length == 1 ? Ops.UnpackSequenceAny(args[0]) : throw Errors.Type("time.struct_time() takes exactly 1 argument");
            if (items.Length is < 9 or > 11)
                throw Errors.Type($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            return StructSequence.Create(s_structTime, items[..9], new[] { items.Length > 9 ? items[9] : PyNone.Instance, items.Length > 10 ? items[10] : PyNone.Instance });
        };
        m.Def("time", (args, kw) => new PyFloat((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7));
        m.Def("time_ns", (args, kw) => PyInt.From((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        m.Def("perf_counter", (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Def("perf_counter_ns", (args, kw) => PyInt.From(Nanoseconds(Stopwatch.GetTimestamp())));
        m.Def("monotonic", (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        m.Def("monotonic_ns", (args, kw) => PyInt.From(Nanoseconds(Stopwatch.GetTimestamp())));
        m.Def("process_time", (args, kw) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        m.Def("process_time_ns", (args, kw) => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        m.Def("thread_time", (args, kw) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        m.Def("sleep", (args, kw) =>
        {
            double seconds = args[0] is PyFloat f ? f.Value : PyInt.ToDouble(Ops.Index(args[0]));
            if (double.IsNaN(seconds))
                throw Errors.Value("Invalid value NaN (not a number)");
            if (seconds < 0)
                throw Errors.Value("sleep length must be non-negative");
            Thread.Sleep(TimeSpan.FromSeconds(seconds));
            return PyNone.Instance;
        });
        m.Def("gmtime", (args, kw) => StructTime(Moment(args), TimeSpan.Zero, "UTC"));
        m.Def("localtime", (args, kw) =>
        {
            var utc = Moment(args);
            var offset = TimeZoneInfo.Local.GetUtcOffset(utc);
            return StructTime(utc + offset, offset, ZoneName(utc));
        });
        m.Def("mktime", (args, kw) =>
        {
            var local = FromStructTime(args[0]);
            var offset = TimeZoneInfo.Local.GetUtcOffset(local);
            return new PyFloat((local - offset - DateTime.UnixEpoch).Ticks / 1e7);
        });
        m.Def("asctime", (args, kw) => new PyStr(AscTime(args.Length > 0 ? FromStructTime(args[0]) : DateTime.Now)));
        m.Def("ctime", (args, kw) =>
        {
            var utc = Moment(args);
            return new PyStr(AscTime(utc + TimeZoneInfo.Local.GetUtcOffset(utc)));
        });
        m.Def("strftime", (args, kw) =>
        {
            string format = args[0] is PyStr f ? f.Value : throw Errors.Type($"strftime() argument 1 must be str, not {args[0].Type.Name}");
            var t = args.Length > 1 ? args[1] : Ops.Call(m.Dict.Get("localtime")!, ReadOnlySpan<PyObject>.Empty);
            return new PyStr(StrFTime(format, t));
        });
        m.Def("strptime", (args, kw) =>
        {
            string text = Ops.Str(args[0]);
            string format = args.Length > 1 ? Ops.Str(args[1]) : "%a %b %d %H:%M:%S %Y";
            return StrPTime(text, format);
        });
        var offset = TimeZoneInfo.Local.BaseUtcOffset;
        m.Set("timezone", PyInt.From((long)-offset.TotalSeconds));
        m.Set("altzone", PyInt.From((long)-offset.TotalSeconds - (TimeZoneInfo.Local.SupportsDaylightSavingTime ? 3600 : 0)));
        m.Set("daylight", PyInt.From(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0));
        m.Set("tzname", new PyTuple(new PyObject[] { new PyStr(ZoneName(DateTime.UtcNow, daylight: false)), new PyStr(ZoneName(DateTime.UtcNow, daylight: true)) }));
        return m;
    }

    private static long Nanoseconds(long timestamp) => (long)(timestamp * (1e9 / Stopwatch.Frequency));

    private static string ZoneName(DateTime utc, bool? daylight = null)
    {
        var zone = TimeZoneInfo.Local;
        bool dst = daylight ?? zone.IsDaylightSavingTime(utc);
        string name = dst ? zone.DaylightName : zone.StandardName;
        return zone.Id is "UTC" or "Etc/UTC" or "Universal" ? "UTC" : name;
    }

    /// <summary>The time a gmtime/localtime/ctime argument means (now when absent or None), as UTC.</summary>
    private static DateTime Moment(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0 || args[0] is PyNone)
            return DateTime.UtcNow;
        double seconds = args[0] is PyFloat f ? f.Value : PyInt.ToDouble(Ops.Index(args[0]));
        if (double.IsNaN(seconds))
            throw Errors.Value("Invalid value NaN (not a number)");
        try
        {
            return DateTime.UnixEpoch.AddTicks((long)Math.Floor(seconds) * TimeSpan.TicksPerSecond);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Errors.Raise(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
        }
    }

    private static PyObject StructTime(DateTime t, TimeSpan offset, string zone)
    {
        int wday = ((int)t.DayOfWeek + 6) % 7;
        var items = new PyObject[]
        {
            PyInt.From(t.Year), PyInt.From(t.Month), PyInt.From(t.Day), PyInt.From(t.Hour), PyInt.From(t.Minute), PyInt.From(t.Second),
            PyInt.From(wday), PyInt.From(t.DayOfYear), PyInt.From(offset == TimeZoneInfo.Local.BaseUtcOffset || offset == TimeSpan.Zero ? 0 : 1),
        };
        return StructSequence.Create(s_structTime, items, new PyObject[] { new PyStr(zone), PyInt.From((long)offset.TotalSeconds) });
    }

    private static DateTime FromStructTime(PyObject t)
    {
        var items = Ops.UnpackSequenceAny(t);
        if (items.Length < 9)
            throw Errors.Type($"function takes an at least 9-sequence ({items.Length}-sequence given)");
        int Field(int i) => (int)Ops.Index(items[i]).Value;
        try
        {
            return new DateTime(Field(0), Math.Max(1, Field(1)), Math.Max(1, Field(2))).AddHours(Field(3)).AddMinutes(Field(4)).AddSeconds(Field(5));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Errors.Raise(ExceptionTypes.OverflowError, "mktime argument out of range");
        }
    }

    private static string AscTime(DateTime t) =>
        $"{s_days[((int)t.DayOfWeek + 6) % 7][..3]} {s_months[t.Month - 1][..3]} {t.Day,2} {t:HH:mm:ss} {t.Year}";

    /// <summary>strftime in the C locale.</summary>
    private static string StrFTime(string format, PyObject t)
    {
        var items = Ops.UnpackSequenceAny(t);
        if (items.Length < 9)
            throw Errors.Type($"strftime(): illegal time tuple argument");
        int F(int i) => (int)Ops.Index(items[i]).Value;
        int year = F(0), month = F(1), day = F(2), hour = F(3), minute = F(4), second = F(5), wday = F(6), yday = F(7);
        if (month is < 0 or > 12)
            throw Errors.Value("month out of range");
        var sb = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            char d = format[++i];
            int sundayWday = (wday + 1) % 7;
            switch (d)
            {
                case 'a': sb.Append(s_days[(wday % 7 + 7) % 7][..3]); break;
                case 'A': sb.Append(s_days[(wday % 7 + 7) % 7]); break;
                case 'b' or 'h': sb.Append(s_months[Math.Max(month, 1) - 1][..3]); break;
                case 'B': sb.Append(s_months[Math.Max(month, 1) - 1]); break;
                case 'c': sb.Append($"{s_days[(wday % 7 + 7) % 7][..3]} {s_months[Math.Max(month, 1) - 1][..3]} {day,2} {hour:D2}:{minute:D2}:{second:D2} {year}"); break;
                case 'C': sb.Append((year / 100).ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'd': sb.Append(day.ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'D': sb.Append($"{month:D2}/{day:D2}/{year % 100:D2}"); break;
                case 'e': sb.Append(day.ToString(CultureInfo.InvariantCulture).PadLeft(2)); break;
                case 'F': sb.Append($"{year}-{month:D2}-{day:D2}"); break;
                case 'H': sb.Append(hour.ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'I': sb.Append(((hour + 11) % 12 + 1).ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'j': sb.Append(yday.ToString("D3", CultureInfo.InvariantCulture)); break;
                case 'm': sb.Append(month.ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'M': sb.Append(minute.ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(hour < 12 ? "AM" : "PM"); break;
                case 'R': sb.Append($"{hour:D2}:{minute:D2}"); break;
                case 'S': sb.Append(second.ToString("D2", CultureInfo.InvariantCulture)); break;
                case 't': sb.Append('\t'); break;
                case 'T' or 'X': sb.Append($"{hour:D2}:{minute:D2}:{second:D2}"); break;
                case 'u': sb.Append(wday + 1); break;
                case 'w': sb.Append(sundayWday); break;
                case 'U': sb.Append(((yday + 6 - sundayWday) / 7).ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'W': sb.Append(((yday + 6 - wday) / 7).ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'x': sb.Append($"{month:D2}/{day:D2}/{year % 100:D2}"); break;
                case 'y': sb.Append((year % 100).ToString("D2", CultureInfo.InvariantCulture)); break;
                case 'Y': sb.Append(year); break;
                case 'z':
                {
                    long offset = items.Length > 10 && items[10] is PyInt off ? off.Value : 0;
                    sb.Append(offset < 0 ? '-' : '+').Append((Math.Abs(offset) / 3600).ToString("D2", CultureInfo.InvariantCulture))
                        .Append((Math.Abs(offset) / 60 % 60).ToString("D2", CultureInfo.InvariantCulture));
                    break;
                }
                case 'Z': sb.Append(t is PyTuple && Ops.LookupAttr(t, "tm_zone") is PyStr zone ? zone.Value : ""); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>strptime for the common directives (the standard library's _strptime takes over later).</summary>
    private static PyObject StrPTime(string text, string format)
    {
        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, pos = 0;
        int? weekday = null, yearDay = null;
        bool pm = false, twelveHour = false;
        int Number(int maxDigits)
        {
            int start = pos;
            while (pos < text.Length && pos - start < maxDigits && char.IsAsciiDigit(text[pos]))
                pos++;
            if (pos == start)
                throw Mismatch(text, format);
            return int.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
        }
        int Name(string[] names)
        {
            for (int k = 0; k < names.Length; k++)
            {
                foreach (var candidate in new[] { names[k], names[k][..3] })
                {
                    if (string.Compare(text, pos, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        pos += candidate.Length;
                        return k;
                    }
                }
            }
            throw Mismatch(text, format);
        }
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                if (char.IsWhiteSpace(c))
                {
                    while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                        pos++;
                    continue;
                }
                if (pos >= text.Length || text[pos] != c)
                    throw Mismatch(text, format);
                pos++;
                continue;
            }
            switch (format[++i])
            {
                case 'Y': year = Number(4); break;
                case 'y': year = Number(2) is var y2 && y2 < 69 ? 2000 + y2 : 1900 + y2; break;
                case 'm': month = Number(2); break;
                case 'd': day = Number(2); break;
                case 'H': hour = Number(2); break;
                case 'I': hour = Number(2); twelveHour = true; break;
                case 'M': minute = Number(2); break;
                case 'S': second = Number(2); break;
                case 'j': yearDay = Number(3); break;
                case 'b' or 'B' or 'h': month = Name(s_months) + 1; break;
                case 'a' or 'A': weekday = Name(s_days); break;
                case 'p':
                    pm = string.Compare(text, pos, "PM", 0, 2, StringComparison.OrdinalIgnoreCase) == 0;
                    if (!pm && string.Compare(text, pos, "AM", 0, 2, StringComparison.OrdinalIgnoreCase) != 0)
                        throw Mismatch(text, format);
                    pos += 2;
                    break;
                case '%':
                    if (pos >= text.Length || text[pos] != '%')
                        throw Mismatch(text, format);
                    pos++;
                    break;
                case var other:
                    throw Errors.Value($"'{other}' is a bad directive in format '%{other}'");
            }
        }
        if (pos < text.Length)
            throw Errors.Value($"unconverted data remains: {text[pos..]}");
        // The patterns of _strptime only match fields in range.
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 61 || yearDay is < 1 or > 366)
            throw Mismatch(text, format);
        if (twelveHour)
            hour = hour % 12 + (pm ? 12 : 0);
        DateTime date;
        try
        {
            date = yearDay is { } yd && format.Contains("%j") ? new DateTime(year, 1, 1).AddDays(yd - 1) : new DateTime(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Errors.Value("day is out of range for month");
        }
        var items = new PyObject[]
        {
            PyInt.From(date.Year), PyInt.From(date.Month), PyInt.From(date.Day), PyInt.From(hour), PyInt.From(minute), PyInt.From(second),
            PyInt.From(weekday ?? ((int)date.DayOfWeek + 6) % 7), PyInt.From(date.DayOfYear), PyInt.From(-1),
        };
        return StructSequence.Create(s_structTime, items, new PyObject[] { PyNone.Instance, PyNone.Instance });
    }

    private static PyException Mismatch(string text, string format) =>
        Errors.Value($"time data {Ops.Repr(new PyStr(text))} does not match format {Ops.Repr(new PyStr(format))}");
}
