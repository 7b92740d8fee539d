using System.Buffers.Binary;
using System.Text;

namespace OrleansBroker.Records;

/// <summary>
/// Builds one RecordBatch v2, as a producer does: add records, then <see cref="Build"/>, which compresses the records
/// when <see cref="Compression"/> says so. The base offset is left 0 for the broker to assign.
/// Not thread-safe; reusable after <see cref="Reset"/>.
/// </summary>
public sealed class RecordBatchBuilder
{
    private byte[] _buffer;
    private int _position = RecordBatchLayout.HeaderSize;
    private long _baseTimestamp;
    private long _maxTimestamp = long.MinValue;

    /// <summary>Creates a builder whose buffer starts at <paramref name="initialCapacity"/> bytes and grows as needed.</summary>
    public RecordBatchBuilder(int initialCapacity = 16 * 1024)
    {
        _buffer = new byte[Math.Max(initialCapacity, RecordBatchLayout.HeaderSize)];
    }

    /// <summary>Records added since the last reset.</summary>
    public int Count { get; private set; }

    /// <summary>Size in bytes the batch would have if built now uncompressed (an upper bound for a compressed one, bar incompressible data).</summary>
    public int SizeInBytes => _position;

    /// <summary>Idempotent producer id written into the header; -1 when not idempotent.</summary>
    public long ProducerId { get; set; } = -1;

    /// <summary>Idempotent producer epoch; -1 when not idempotent.</summary>
    public short ProducerEpoch { get; set; } = -1;

    /// <summary>Sequence number of the first record; -1 when not idempotent.</summary>
    public int BaseSequence { get; set; } = -1;

    /// <summary>The codec <see cref="Build"/> compresses the records with; snappy is written as one raw block, as librdkafka does.</summary>
    public CompressionType Compression { get; set; } = CompressionType.None;

    /// <summary>Adds a record. A null key or value is written as null (length -1), distinct from empty.</summary>
    public void Add(long timestamp, ReadOnlyMemory<byte>? key, ReadOnlyMemory<byte>? value, IReadOnlyList<Header>? headers = null) =>
        Add(timestamp, key.GetValueOrDefault().Span, key.HasValue, value.GetValueOrDefault().Span, value.HasValue, headers);

    /// <summary>Adds a record from spans; <paramref name="hasKey"/>/<paramref name="hasValue"/> false write null.</summary>
    public void Add(long timestamp, ReadOnlySpan<byte> key, bool hasKey, ReadOnlySpan<byte> value, bool hasValue, IReadOnlyList<Header>? headers = null)
    {
        if (Count == 0)
        {
            _baseTimestamp = timestamp;
        }

        var timestampDelta = timestamp - _baseTimestamp;
        var body = BodySize(timestampDelta, Count, key.Length, hasKey, value.Length, hasValue, headers);
        EnsureCapacity(Varint.SizeOf(body) + body);

        var span = _buffer.AsSpan(_position);
        var at = Varint.WriteInt64(span, body);
        span[at++] = 0; // record attributes: unused
        at += Varint.WriteInt64(span[at..], timestampDelta);
        at += Varint.WriteInt64(span[at..], Count);
        at += WriteBytes(span[at..], key, hasKey);
        at += WriteBytes(span[at..], value, hasValue);
        at += Varint.WriteInt64(span[at..], headers?.Count ?? 0);
        foreach (var header in headers ?? [])
        {
            var keyLength = Encoding.UTF8.GetBytes(header.Key, span[(at + Varint.SizeOf(Encoding.UTF8.GetByteCount(header.Key)))..]);
            at += Varint.WriteInt64(span[at..], keyLength) + keyLength;
            at += WriteBytes(span[at..], header.Value.GetValueOrDefault().Span, header.Value.HasValue);
        }

        _position += at;
        _maxTimestamp = Math.Max(_maxTimestamp, timestamp);
        Count++;
    }

    /// <summary>Returns the finished batch as a new array. The builder keeps its records until <see cref="Reset"/>.</summary>
    public byte[] Build()
    {
        var batch = Compression == CompressionType.None ? _buffer.AsSpan(0, _position).ToArray() : Compressed();
        WriteHeader(batch);
        return batch;
    }

    /// <summary>Clears the records so the builder can make another batch.</summary>
    public void Reset()
    {
        _position = RecordBatchLayout.HeaderSize;
        _maxTimestamp = long.MinValue;
        Count = 0;
    }

    private void WriteHeader(Span<byte> batch)
    {
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.BaseOffset..], 0);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.BatchLength..], batch.Length - RecordBatchLayout.LogOverhead);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.PartitionLeaderEpoch..], -1);
        batch[RecordBatchLayout.Magic] = RecordBatchLayout.CurrentMagic;
        BinaryPrimitives.WriteInt16BigEndian(batch[RecordBatchLayout.Attributes..], (short)Compression);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.LastOffsetDelta..], Math.Max(Count - 1, 0));
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.BaseTimestamp..], Count == 0 ? -1 : _baseTimestamp);
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.MaxTimestamp..], Count == 0 ? -1 : _maxTimestamp);
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.ProducerId..], ProducerId);
        BinaryPrimitives.WriteInt16BigEndian(batch[RecordBatchLayout.ProducerEpoch..], ProducerEpoch);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.BaseSequence..], BaseSequence);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.RecordCount..], Count);
        BinaryPrimitives.WriteUInt32BigEndian(batch[RecordBatchLayout.Crc..], Crc32C.Compute(batch[RecordBatchLayout.Attributes..]));
    }

    private byte[] Compressed()
    {
        var records = RecordCompressor.Compress(Compression, _buffer.AsSpan(RecordBatchLayout.HeaderSize, _position - RecordBatchLayout.HeaderSize));
        var batch = new byte[RecordBatchLayout.HeaderSize + records.Length];
        records.CopyTo(batch, RecordBatchLayout.HeaderSize);
        return batch;
    }

    private static int BodySize(long timestampDelta, int offsetDelta, int keyLength, bool hasKey, int valueLength, bool hasValue, IReadOnlyList<Header>? headers)
    {
        var size = 1 + Varint.SizeOf(timestampDelta) + Varint.SizeOf(offsetDelta)
            + SizeOfBytes(keyLength, hasKey) + SizeOfBytes(valueLength, hasValue) + Varint.SizeOf(headers?.Count ?? 0);
        foreach (var header in headers ?? [])
        {
            size += SizeOfBytes(Encoding.UTF8.GetByteCount(header.Key), true);
            size += SizeOfBytes(header.Value.GetValueOrDefault().Length, header.Value.HasValue);
        }

        return size;
    }

    private static int SizeOfBytes(int length, bool present) => present ? Varint.SizeOf(length) + length : Varint.SizeOf(-1);

    private static int WriteBytes(Span<byte> destination, ReadOnlySpan<byte> bytes, bool present)
    {
        if (!present)
        {
            return Varint.WriteInt64(destination, -1);
        }

        var at = Varint.WriteInt64(destination, bytes.Length);
        bytes.CopyTo(destination[at..]);
        return at + bytes.Length;
    }

    private void EnsureCapacity(int extra)
    {
        if (_position + extra <= _buffer.Length)
        {
            return;
        }

        var grown = new byte[Math.Max(_buffer.Length * 2, _position + extra)];
        _buffer.AsSpan(0, _position).CopyTo(grown);
        _buffer = grown;
    }
}
