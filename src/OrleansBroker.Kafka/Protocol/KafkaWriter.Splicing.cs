namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Large byte fields (a fetch's record batches) referenced rather than copied: with <see cref="SpliceFrom"/> set,
/// such a field's length is written to the buffer and its bytes are kept aside, to be sent in place by
/// <see cref="WriteToAsync"/>. That spares copying each megabyte of records into the writer and again into the
/// socket's pipe. The spliced bytes must stay unchanged until written. Fields inside a tagged field are never spliced,
/// because the tagged field moves its content once its size is known.
/// </summary>
public sealed partial class KafkaWriter
{
    private List<(int Position, ReadOnlyMemory<byte> Bytes)>? _spliced;
    private long _splicedLength;
    private int _openTaggedFields;

    /// <summary>
    /// Byte fields of at least this many bytes are spliced, not copied; <see cref="int.MaxValue"/> (the default)
    /// splices none. With splices, only <see cref="WriteToAsync"/> gives the whole message.
    /// </summary>
    public int SpliceFrom { get; init; } = int.MaxValue;

    /// <summary>Bytes of the whole message: those in the buffer and those spliced.</summary>
    public long TotalLength => _length + _splicedLength;

    /// <summary>Writes the whole message to <paramref name="stream"/>: the buffer, with the spliced fields in their places.</summary>
    public async ValueTask WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        var from = 0;
        foreach (var (position, bytes) in _spliced ?? [])
        {
            await stream.WriteAsync(_buffer.AsMemory(from, position - from), cancellationToken);
            await stream.WriteAsync(bytes, cancellationToken);
            from = position;
        }

        await stream.WriteAsync(_buffer.AsMemory(from, _length - from), cancellationToken);
    }

    /// <summary>Keeps <paramref name="bytes"/> aside to go out at the current position, when large enough; false when they must be copied.</summary>
    private bool TrySplice(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length < SpliceFrom || _openTaggedFields > 0)
        {
            return false;
        }

        (_spliced ??= []).Add((_length, bytes));
        _splicedLength += bytes.Length;
        return true;
    }

    /// <summary>Bytes spliced at or after <paramref name="position"/> of the buffer, which a frame begun there contains.</summary>
    private long SplicedAfter(int position)
    {
        var total = 0L;
        foreach (var (at, bytes) in _spliced ?? [])
        {
            total += at >= position ? bytes.Length : 0;
        }

        return total;
    }

    private void EnsureNoSplices()
    {
        if (_spliced is { Count: > 0 })
        {
            throw new InvalidOperationException("This message has spliced byte fields: write it with WriteToAsync.");
        }
    }
}
