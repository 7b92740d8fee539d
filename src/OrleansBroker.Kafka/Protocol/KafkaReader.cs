using System.Buffers.Binary;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Reads Kafka protocol primitives front to back from one whole frame held in memory. Bytes fields (record batches,
/// group metadata) come back as slices of the frame, not copies, so the frame's buffer must outlive the message read
/// from it. Every problem with the input throws <see cref="KafkaProtocolException"/> naming the field; impossible
/// lengths are refused before anything is allocated. Field names are passed by the caller only to word the errors.
/// </summary>
public ref partial struct KafkaReader
{
    private readonly ReadOnlyMemory<byte> _frame;
    private readonly ReadOnlySpan<byte> _span;
    private int _position;

    /// <summary>Creates a reader positioned at the start of <paramref name="frame"/>.</summary>
    public KafkaReader(ReadOnlyMemory<byte> frame)
    {
        _frame = frame;
        _span = frame.Span;
        _position = 0;
    }

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _span.Length - _position;

    /// <summary>Reads an int8.</summary>
    public sbyte ReadInt8(string field) => (sbyte)Take(1, field)[0];

    /// <summary>Reads a boolean: one byte, any value but 0 is true (as Kafka reads it).</summary>
    public bool ReadBoolean(string field) => Take(1, field)[0] != 0;

    /// <summary>Reads a big-endian int16.</summary>
    public short ReadInt16(string field) => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short), field));

    /// <summary>Reads a big-endian uint16.</summary>
    public ushort ReadUInt16(string field) => BinaryPrimitives.ReadUInt16BigEndian(Take(sizeof(ushort), field));

    /// <summary>Reads a big-endian int32.</summary>
    public int ReadInt32(string field) => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int), field));

    /// <summary>Reads a big-endian uint32.</summary>
    public uint ReadUInt32(string field) => BinaryPrimitives.ReadUInt32BigEndian(Take(sizeof(uint), field));

    /// <summary>Reads a big-endian int64.</summary>
    public long ReadInt64(string field) => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long), field));

    /// <summary>Reads a big-endian IEEE 754 float64.</summary>
    public double ReadFloat64(string field) => BinaryPrimitives.ReadDoubleBigEndian(Take(sizeof(double), field));

    /// <summary>Reads a UUID: 16 bytes, most significant first (Kafka's order, not <see cref="Guid"/>'s default).</summary>
    public Guid ReadUuid(string field) => new(Take(16, field), bigEndian: true);

    /// <summary>Throws unless every byte has been read: trailing bytes mean the frame is not what its header says.</summary>
    public readonly void EnsureEnd(string what)
    {
        if (Remaining != 0)
        {
            throw new KafkaProtocolException($"{what}: {Remaining} unexpected bytes after the last field at offset {_position}");
        }
    }

    private ReadOnlySpan<byte> Take(int count, string field)
    {
        EnsureAvailable(count, field);
        var bytes = _span.Slice(_position, count);
        _position += count;
        return bytes;
    }

    private ReadOnlyMemory<byte> TakeMemory(int count, string field)
    {
        EnsureAvailable(count, field);
        var bytes = _frame.Slice(_position, count);
        _position += count;
        return bytes;
    }

    private readonly void EnsureAvailable(long count, string field)
    {
        if (count > Remaining)
        {
            throw new KafkaProtocolException(
                $"{field}: truncated, needs {count} bytes at offset {_position} but only {Remaining} remain");
        }
    }

    private readonly KafkaProtocolException BadLength(string field, long length, string rule) =>
        new($"{field}: length {length} at offset {_position} is invalid ({rule})");
}
