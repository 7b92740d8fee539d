using System.Buffers;

namespace OrleansBroker.Kafka.Listener;

/// <summary>
/// One request frame (header and body, without the size prefix) copied out of the connection's pipe into a pooled
/// buffer, so the pipe can move on to the next request while this one is handled. The decoded request's byte fields
/// (record batches) are slices of it: dispose only once the request's handling has finished. Disposing also gives
/// back the frame's bytes to <see cref="QueuedRequestBytes"/>.
/// </summary>
internal sealed class RequestFrame : IDisposable
{
    private readonly QueuedRequestBytes _queued;
    private byte[]? _buffer;

    private RequestFrame(byte[] buffer, int length, QueuedRequestBytes queued)
    {
        _buffer = buffer;
        _queued = queued;
        Memory = buffer.AsMemory(0, length);
    }

    /// <summary>The frame's bytes.</summary>
    public ReadOnlyMemory<byte> Memory { get; }

    /// <summary>
    /// Copies <paramref name="frame"/> into a buffer rented from <see cref="ArrayPool{T}.Shared"/>; the frame takes over
    /// the counting of its bytes in <paramref name="queued"/> from the connection.
    /// </summary>
    public static RequestFrame CopyOf(in ReadOnlySequence<byte> frame, QueuedRequestBytes queued)
    {
        var length = checked((int)frame.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        frame.CopyTo(buffer);
        return new RequestFrame(buffer, length, queued);
    }

    /// <summary>Returns the buffer to the pool and the frame's bytes to <see cref="QueuedRequestBytes"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _queued.Release(Memory.Length);
        }
    }
}
