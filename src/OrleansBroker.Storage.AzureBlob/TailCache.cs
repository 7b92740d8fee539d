using System.Numerics;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// The newest bytes appended to a partition's active segment, kept in memory so that consumers at the tail of the
/// log read them without a storage call. One per partition directory and file: appends to another file (the next
/// segment) start it over, so sealed segments hold no cache. Grows from 64 KiB to its capacity; once full, it keeps
/// the newest half and goes on.
/// Thread-safety: one writer, any number of readers. A reader works on an immutable window: the writer only writes
/// past the end of a published window, or into a new array.
/// </summary>
internal sealed class TailCache(int capacity)
{
    private const int InitialBytes = 64 * 1024;

    private Window? _window;

    /// <summary>Records <paramref name="data"/>, written to <paramref name="file"/> at <paramref name="position"/>.</summary>
    public void Append(object file, long position, IReadOnlyList<ReadOnlyMemory<byte>> data)
    {
        foreach (var buffer in data)
        {
            Append(file, position, buffer.Span);
            position += buffer.Length;
        }
    }

    /// <summary>Copies the bytes of <paramref name="file"/> at <paramref name="position"/> into <paramref name="buffer"/> when the cache holds all of them.</summary>
    public bool TryRead(object file, Span<byte> buffer, long position)
    {
        var window = Volatile.Read(ref _window);
        if (window is null || window.File != file || position < window.Start || position + buffer.Length > window.Start + window.Count)
        {
            return false;
        }

        window.Bytes.AsSpan((int)(position - window.Start), buffer.Length).CopyTo(buffer);
        return true;
    }

    /// <summary>Drops what the cache holds of <paramref name="file"/> (it was cut short or closed).</summary>
    public void Forget(object file)
    {
        var window = Volatile.Read(ref _window);
        if (window?.File == file)
        {
            Interlocked.CompareExchange(ref _window, null, window);
        }
    }

    private void Append(object file, long position, ReadOnlySpan<byte> data)
    {
        var window = Volatile.Read(ref _window);
        if (window is null || window.File != file || window.Start + window.Count != position)
        {
            window = new Window(file, position, [], 0);
        }

        var total = (long)window.Count + data.Length;
        if (total <= window.Bytes.Length)
        {
            data.CopyTo(window.Bytes.AsSpan(window.Count));
            Volatile.Write(ref _window, window with { Count = (int)total });
            return;
        }

        // Grow, or once at capacity keep the newest half, so that the copying averages under one copy per byte.
        var size = (int)Math.Min(capacity, Math.Max(InitialBytes, (long)BitOperations.RoundUpToPowerOf2((ulong)total)));
        var kept = (int)(total <= size ? total : size / 2);
        var bytes = new byte[size];
        var fromOld = Math.Max(0, kept - data.Length);
        window.Bytes.AsSpan(window.Count - fromOld, fromOld).CopyTo(bytes);
        data[^(kept - fromOld)..].CopyTo(bytes.AsSpan(fromOld));
        Volatile.Write(ref _window, new Window(file, position + data.Length - kept, bytes, kept));
    }

    /// <summary>The cached bytes: <see cref="Count"/> bytes of <see cref="File"/> from <see cref="Start"/>, at the front of <see cref="Bytes"/>.</summary>
    private sealed record Window(object File, long Start, byte[] Bytes, int Count);
}
