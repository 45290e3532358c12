using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Adder.Runtime;

/// <summary>
/// hash() of str and bytes as CPython 3.11 computes it (Python/pyhash.c): SipHash-1-3 over the bytes of the
/// value — for str, the code points in the narrowest of 1, 2 or 4 bytes each, as CPython stores them — keyed by
/// the hash secret that PYTHONHASHSEED chooses. With the same PYTHONHASHSEED, strings hash as under CPython, so
/// sets of strings iterate in CPython's order.
/// </summary>
internal static class StringHash
{
    private static readonly ulong s_k0, s_k1;

    /// <summary>False when PYTHONHASHSEED=0 (sys.flags.hash_randomization).</summary>
    public static readonly bool Randomized;

    static StringHash()
    {
        string? setting = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        var secret = new byte[24]; // sizeof(_Py_HashSecret_t)
        if (string.IsNullOrEmpty(setting) || setting == "random" || !uint.TryParse(setting, out uint seed))
        {
            // An unusable value falls back to random keys (CPython refuses to start; Adder does not stop here).
            FillRandom(secret);
            Randomized = true;
        }
        else if (seed != 0)
        {
            // CPython's lcg_urandom: the seed drives a linear congruential generator.
            uint x = seed;
            for (int i = 0; i < secret.Length; i++)
            {
                x = x * 214013 + 2531011;
                secret[i] = (byte)(x >> 16);
            }
            Randomized = true;
        }
        s_k0 = BinaryPrimitives.ReadUInt64LittleEndian(secret);
        s_k1 = BinaryPrimitives.ReadUInt64LittleEndian(secret.AsSpan(8));
    }

    /// <summary>
    /// Random bytes from the OS, as CPython takes its hash secret from getrandom(). On Unix from /dev/urandom
    /// directly: RandomNumberGenerator would load and initialize OpenSSL (libssl, libcrypto, openssl.cnf), a few
    /// milliseconds and megabytes of every start-up.
    /// </summary>
    private static void FillRandom(Span<byte> secret)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                using var urandom = File.OpenHandle("/dev/urandom");
                if (RandomAccess.Read(urandom, secret, 0) == secret.Length)
                    return;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        System.Security.Cryptography.RandomNumberGenerator.Fill(secret);
    }

    public static long Bytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
            return 0;
        long h = (long)SipHash13(data);
        return h == -1 ? -2 : h;
    }

    public static long String(string s)
    {
        int widest = 0;
        bool pairs = false;
        foreach (char c in s)
        {
            widest |= c;
            pairs |= char.IsHighSurrogate(c);
        }
        if (pairs && HasSurrogatePair(s))
            return Ucs4(s);
        if (widest > 0xFF)
            return Bytes(MemoryMarshal.AsBytes(s.AsSpan())); // UTF-16 units are the UCS-2 code points (little-endian)
        var buffer = ArrayPool<byte>.Shared.Rent(s.Length);
        for (int i = 0; i < s.Length; i++)
            buffer[i] = (byte)s[i];
        long h = Bytes(buffer.AsSpan(0, s.Length));
        ArrayPool<byte>.Shared.Return(buffer);
        return h;
    }

    private static bool HasSurrogatePair(string s)
    {
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
                return true;
        }
        return false;
    }

    private static long Ucs4(string s)
    {
        var buffer = ArrayPool<int>.Shared.Rent(s.Length);
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                buffer[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                buffer[n++] = s[i];
            }
        }
        long h = Bytes(MemoryMarshal.AsBytes(buffer.AsSpan(0, n)));
        ArrayPool<int>.Shared.Return(buffer);
        return h;
    }

    /// <summary>SipHash with one compression round per word and three finalization rounds.</summary>
    private static ulong SipHash13(ReadOnlySpan<byte> data)
    {
        ulong v0 = s_k0 ^ 0x736f6d6570736575UL;
        ulong v1 = s_k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = s_k0 ^ 0x6c7967656e657261UL;
        ulong v3 = s_k1 ^ 0x7465646279746573UL;
        int whole = data.Length & ~7;
        for (int i = 0; i < whole; i += 8)
        {
            ulong m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i));
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        ulong last = (ulong)data.Length << 56;
        for (int i = whole; i < data.Length; i++)
            last |= (ulong)data[i] << (8 * (i - whole));
        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v2 += v3;
        v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
        v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
        v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
        v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
        v2 = BitOperations.RotateLeft(v2, 32);
    }
}
