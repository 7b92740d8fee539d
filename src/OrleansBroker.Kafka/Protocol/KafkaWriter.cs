using System.Buffers;
using System.Buffers.Binary;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Writes Kafka protocol primitives into one growing buffer rented from <see cref="ArrayPool{T}.Shared"/>. Being
/// contiguous, it can fill in a length once what it measures has been written: the int32 size of a frame, the size of
/// a tagged field. Reuse one per connection with <see cref="Reset"/>; <see cref="Dispose"/> returns the buffer.
/// Not thread-safe. Values the wire cannot carry (a string over 32767 UTF-8 bytes) throw <see cref="ArgumentException"/>.
/// </summary>
public sealed partial class KafkaWriter : IDisposable
{
    private const int DefaultCapacity = 4096;
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer whose first buffer holds at least <paramref name="initialCapacity"/> bytes.</summary>
    public KafkaWriter(int initialCapacity = DefaultCapacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 1));
    }

    /// <summary>Bytes in the buffer, written since creation or the last <see cref="Reset"/> (spliced fields not counted).</summary>
    public int Length => _length;

    /// <summary>The bytes written; valid until the next write, <see cref="Reset"/> or <see cref="Dispose"/>. Throws once a field was spliced.</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            EnsureNoSplices();
            return _buffer.AsSpan(0, _length);
        }
    }

    /// <summary>The bytes written; valid until the next write, <see cref="Reset"/> or <see cref="Dispose"/>. Throws once a field was spliced.</summary>
    public ReadOnlyMemory<byte> WrittenMemory
    {
        get
        {
            EnsureNoSplices();
            return _buffer.AsMemory(0, _length);
        }
    }

    /// <summary>Forgets what was written, keeping the buffer for the next message.</summary>
    public void Reset()
    {
        _length = 0;
        _spliced?.Clear();
        _splicedLength = 0;
    }

    /// <summary>Returns the buffer to the pool; the writer must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = [];
        Reset();
    }

    /// <summary>Writes an int8.</summary>
    public void WriteInt8(sbyte value) => Reserve(1)[0] = (byte)value;

    /// <summary>Writes a boolean as 1 or 0.</summary>
    public void WriteBoolean(bool value) => Reserve(1)[0] = value ? (byte)1 : (byte)0;

    /// <summary>Writes a big-endian int16.</summary>
    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16BigEndian(Reserve(sizeof(short)), value);

    /// <summary>Writes a big-endian uint16.</summary>
    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(sizeof(ushort)), value);

    /// <summary>Writes a big-endian int32.</summary>
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(sizeof(int)), value);

    /// <summary>Writes a big-endian uint32.</summary>
    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Reserve(sizeof(uint)), value);

    /// <summary>Writes a big-endian int64.</summary>
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(sizeof(long)), value);

    /// <summary>Writes a big-endian IEEE 754 float64.</summary>
    public void WriteFloat64(double value) => BinaryPrimitives.WriteDoubleBigEndian(Reserve(sizeof(double)), value);

    /// <summary>Writes a UUID: 16 bytes, most significant first.</summary>
    public void WriteUuid(Guid value) => value.TryWriteBytes(Reserve(16), bigEndian: true, out _);

    /// <summary>Copies <paramref name="bytes"/> as they are, without a length.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    /// <summary>Starts an int32-size-prefixed frame; returns where its size goes, for <see cref="EndFrame"/>.</summary>
    internal int BeginFrame()
    {
        var start = _length;
        Reserve(sizeof(int));
        return start;
    }

    /// <summary>Writes the size of the frame begun at <paramref name="start"/>: every byte written since its prefix, spliced ones included.</summary>
    internal void EndFrame(int start) =>
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(start), checked((int)(_length - start - sizeof(int) + SplicedAfter(start))));

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Grow(int count)
    {
        var needed = (long)_length + count;
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"A Kafka message cannot exceed {Array.MaxLength} bytes");
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _buffer.Length), Array.MaxLength));
        _buffer.AsSpan(0, _length).CopyTo(grown);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = grown;
    }
}
