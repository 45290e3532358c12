using System.Text;

namespace Adder.Runtime;

/// <summary>
/// A file object: open() in text mode (a TextIOWrapper: str, UTF-8 by default, universal newlines when
/// reading) or binary mode (BufferedReader/Writer: bytes), and sys.stdin/stdout/stderr. The io module of
/// the standard-library work builds on the same objects.
/// </summary>
public sealed class PyFile : PyIterator
{
    private static readonly PyType s_text = PyType.Builtin("TextIOWrapper").InModule("_io");
    private static readonly PyType s_reader = PyType.Builtin("BufferedReader").InModule("_io");
    private static readonly PyType s_writer = PyType.Builtin("BufferedWriter").InModule("_io");
    private static readonly PyType s_random = PyType.Builtin("BufferedRandom").InModule("_io");

    private readonly Stream? _stream;
    private readonly Func<TextReader>? _readerSource;
    private TextReader? _reader;
    private readonly Func<TextWriter>? _writer;
    private readonly Encoding _encoding;
    private string _encodingName = "utf-8";
    private int _peeked = -1;

    private PyFile(PyType type, string name, string mode, Stream? stream, Func<TextReader>? reader, Func<TextWriter>? writer, Encoding encoding)
        : base(type)
    {
        Name = name;
        Mode = mode;
        _stream = stream;
        _readerSource = reader;
        _writer = writer;
        _encoding = encoding;
    }

    public string Name { get; }
    public string Mode { get; }
    public bool IsBinary => !ReferenceEquals(Type, s_text);
    public bool Closed { get; private set; }
    public bool Readable => _readerSource is not null || _stream is { CanRead: true } && Mode.IndexOfAny(new[] { 'r', '+' }) >= 0;
    public bool Writable => _writer is not null || _stream is { CanWrite: true } && Mode.IndexOfAny(new[] { 'w', 'a', 'x', '+' }) >= 0;

    /// <summary>
    /// sys.stdin, sys.stdout, sys.stderr. The reader and writer are asked for on first use: .NET's console
    /// readers and writers load ICU when they are made (the console encoding), which start-up need not pay for.
    /// </summary>
    public static PyFile Console(string name, Func<TextReader>? reader, Func<TextWriter>? writer) =>
        new(s_text, name, reader is null ? "w" : "r", null, reader, writer, new UTF8Encoding(false));

    /// <summary>open(file, mode, buffering, encoding, errors, newline).</summary>
    public static PyFile Open(string path, string mode, string? encoding)
    {
        var (fileMode, access, binary) = ParseMode(mode);
        if (binary && encoding is not null)
            throw Errors.Value("binary mode doesn't take an encoding argument");
        Stream stream;
        try
        {
            if (Directory.Exists(path))
                throw OSError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
            stream = new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            throw OSError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
        }
        catch (DirectoryNotFoundException)
        {
            throw OSError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw OSError(ExceptionTypes.PermissionError, 13, "Permission denied", path);
        }
        catch (IOException) when (fileMode == FileMode.CreateNew)
        {
            throw OSError(ExceptionTypes.FileExistsError, 17, "File exists", path);
        }
        var type = !binary ? s_text : mode.Contains('+') ? s_random : access == FileAccess.Read ? s_reader : s_writer;
        var textEncoding = binary ? Encoding.UTF8 : EncodingFor(encoding ?? "utf-8");
        // Without an encoding, the locale's (C.UTF-8 and the like): CPython reports it as 'UTF-8'.
        return new PyFile(type, path, mode, stream, null, null, textEncoding) { _encodingName = encoding ?? "UTF-8" };
    }

    private static PyException OSError(PyType type, int errno, string message, string path) =>
        new((PyBaseException)Ops.Call(type, new PyObject[] { PyInt.From(errno), new PyStr(message), new PyStr(path) }));

    private static Encoding EncodingFor(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(false, true),
        "utf-8-sig" => new UTF8Encoding(true, true),
        "ascii" or "us-ascii" => Encoding.ASCII,
        "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1,
        "utf-16" => new UnicodeEncoding(false, true, true),
        _ => throw Errors.Raise(ExceptionTypes.LookupError, $"unknown encoding: {name}"),
    };

    private static (FileMode Mode, FileAccess Access, bool Binary) ParseMode(string mode)
    {
        int kinds = 0;
        bool binary = false, text = false, plus = false;
        FileMode fileMode = FileMode.Open;
        FileAccess access = FileAccess.Read;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r':
                    kinds++;
                    break;
                case 'w':
                    kinds++;
                    (fileMode, access) = (FileMode.Create, FileAccess.Write);
                    break;
                case 'a':
                    kinds++;
                    (fileMode, access) = (FileMode.Append, FileAccess.Write);
                    break;
                case 'x':
                    kinds++;
                    (fileMode, access) = (FileMode.CreateNew, FileAccess.Write);
                    break;
                case 'b':
                    binary = true;
                    break;
                case 't':
                    text = true;
                    break;
                case '+':
                    plus = true;
                    break;
                default:
                    throw Errors.Value($"invalid mode: '{mode}'");
            }
        }
        if (kinds != 1 || binary && text || mode.Distinct().Count() != mode.Length)
        {
            throw Errors.Value(kinds > 1 || binary && text
                ? "must have exactly one of create/read/write/append mode"
                : $"invalid mode: '{mode}'");
        }
        if (plus)
            access = FileAccess.ReadWrite;
        if (plus && fileMode == FileMode.Append)
            fileMode = FileMode.OpenOrCreate;
        return (fileMode, access, binary);
    }

    private void CheckOpen()
    {
        if (Closed)
            throw Errors.Value("I/O operation on closed file.");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!Readable)
            throw Errors.Raise(ExceptionTypes.OSError, "not readable");
    }

    private void CheckWritable()
    {
        CheckOpen();
        if (!Writable)
            throw Errors.Raise(ExceptionTypes.OSError, "not writable");
    }

    /// <summary>The next character of a text file with \r\n and \r read as \n, or -1 at the end.</summary>
    private int NextChar()
    {
        int c;
        if (_peeked >= 0)
        {
            c = _peeked;
            _peeked = -1;
        }
        else
        {
            c = ReadRawChar();
        }
        if (c == '\r')
        {
            int next = ReadRawChar();
            if (next != '\n' && next >= 0)
                _peeked = next;
            return '\n';
        }
        return c;
    }

    private TextReader? _streamReader;

    private int ReadRawChar()
    {
        var reader = _readerSource is not null ? (_reader ??= _readerSource()) : (_streamReader ??= new StreamReader(_stream!, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true));
        try
        {
            return reader.Read();
        }
        catch (DecoderFallbackException)
        {
            throw Errors.Raise(ExceptionTypes.UnicodeDecodeError, $"'{_encoding.WebName}' codec can't decode the file's bytes");
        }
    }

    public PyObject Read(long size)
    {
        CheckReadable();
        if (IsBinary)
        {
            var buffer = new MemoryStream();
            if (size < 0)
            {
                _stream!.CopyTo(buffer);
            }
            else
            {
                var chunk = new byte[size];
                int n = _stream!.Read(chunk, 0, (int)size);
                buffer.Write(chunk, 0, n);
            }
            return new PyBytes(buffer.ToArray());
        }
        var sb = new StringBuilder();
        for (long i = 0; size < 0 || i < size; i++)
        {
            int c = NextChar();
            if (c < 0)
                break;
            sb.Append((char)c);
        }
        return new PyStr(sb.ToString());
    }

    public PyObject ReadLine(long size = -1)
    {
        CheckReadable();
        if (IsBinary)
        {
            var line = new List<byte>();
            while (size < 0 || line.Count < size)
            {
                int b = _stream!.ReadByte();
                if (b < 0)
                    break;
                line.Add((byte)b);
                if (b == '\n')
                    break;
            }
            return new PyBytes(line.ToArray());
        }
        var sb = new StringBuilder();
        while (size < 0 || sb.Length < size)
        {
            int c = NextChar();
            if (c < 0)
                break;
            sb.Append((char)c);
            if (c == '\n')
                break;
        }
        return new PyStr(sb.ToString());
    }

    public override PyObject? Next()
    {
        var line = ReadLine();
        return line is PyStr { Value.Length: 0 } or PyBytes { Value.Length: 0 } ? null : line;
    }

    public long Write(PyObject data)
    {
        CheckWritable();
        if (IsBinary)
        {
            var bytes = data as PyBytes ?? throw Errors.Type($"a bytes-like object is required, not '{data.Type.Name}'");
            _stream!.Write(bytes.Value);
            return bytes.Value.Length;
        }
        var text = data as PyStr ?? throw Errors.Type($"write() argument must be str, not {data.Type.Name}");
        if (_writer is not null)
        {
            _writer().Write(text.Value);
        }
        else
        {
            var bytes = _encoding.GetBytes(text.Value);
            _stream!.Write(bytes);
        }
        return text.Value.Length;
    }

    public void Flush()
    {
        CheckOpen();
        if (_writer is not null)
            _writer().Flush();
        else
            _stream?.Flush();
    }

    public void Close()
    {
        if (Closed)
            return;
        if (_stream is not null)
        {
            _stream.Flush();
            _stream.Dispose();
        }
        else
        {
            _writer?.Invoke().Flush();
        }
        Closed = true;
    }

    public override string ToString() => IsBinary
        ? $"<_io.{Type.Name} name={Ops.Repr(new PyStr(Name))}>"
        : $"<_io.TextIOWrapper name={Ops.Repr(new PyStr(Name))} mode={Ops.Repr(new PyStr(Mode))} encoding={Ops.Repr(new PyStr(_encodingName))}>";

    internal static void Register()
    {
        static PyFile F(PyObject o) => (PyFile)o;
        static long Size(ReadOnlySpan<PyObject> args) => args.Length > 1 && args[1] is not PyNone ? Ops.Index(args[1]).Value : -1;
        foreach (var type in new[] { s_text, s_reader, s_writer, s_random })
        {
            type.Method("read", (args, kw) => F(args[0]).Read(Size(args)));
            type.Method("readline", (args, kw) => F(args[0]).ReadLine(Size(args)));
            type.Method("readlines", (args, kw) =>
            {
                var lines = new PyList();
                for (var line = F(args[0]).Next(); line is not null; line = F(args[0]).Next())
                    lines.Items.Add(line);
                return lines;
            });
            type.Method("write", (args, kw) => PyInt.From(F(args[0]).Write(args[1])));
            type.Method("writelines", (args, kw) =>
            {
                var it = Ops.GetIter(args[1]);
                for (var line = it.Next(); line is not null; line = it.Next())
                    F(args[0]).Write(line);
                return PyNone.Instance;
            });
            type.Method("flush", (args, kw) =>
            {
                F(args[0]).Flush();
                return PyNone.Instance;
            });
            type.Method("close", (args, kw) =>
            {
                F(args[0]).Close();
                return PyNone.Instance;
            });
            type.Method("readable", (args, kw) => PyBool.From(F(args[0]).Readable));
            type.Method("writable", (args, kw) => PyBool.From(F(args[0]).Writable));
            type.Method("seekable", (args, kw) => PyBool.From(F(args[0])._stream is { CanSeek: true }));
            type.Method("isatty", (args, kw) => PyBool.False);
            type.Method("tell", (args, kw) => PyInt.From(F(args[0])._stream?.Position ?? 0));
            type.Method("seek", (args, kw) =>
            {
                var f = F(args[0]);
                f.CheckOpen();
                var stream = f._stream ?? throw Errors.Raise(ExceptionTypes.OSError, "underlying stream is not seekable");
                long offset = Ops.Index(args[1]).Value;
                int whence = args.Length > 2 ? (int)Ops.Index(args[2]).Value : 0;
                f._streamReader = null;
                f._peeked = -1;
                return PyInt.From(stream.Seek(offset, whence switch { 1 => SeekOrigin.Current, 2 => SeekOrigin.End, _ => SeekOrigin.Begin }));
            });
            type.Method("__enter__", (args, kw) =>
            {
                F(args[0]).CheckOpen();
                return args[0];
            });
            type.Method("__exit__", (args, kw) =>
            {
                F(args[0]).Close();
                return PyNone.Instance;
            });
            type.Method("__iter__", (args, kw) => args[0]);
            type.Method("__next__", (args, kw) => F(args[0]).Next() ?? throw new PyException(new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty)));
            type.GetSet("closed", o => PyBool.From(F(o).Closed));
            type.GetSet("name", o => new PyStr(F(o).Name));
            type.GetSet("mode", o => new PyStr(F(o).Mode));
        }
        s_text.GetSet("encoding", o => new PyStr(F(o)._encodingName));
    }
}
