namespace OrleansBroker.Records;

/// <summary>
/// Reads the records area of a batch. Each record is
/// <c>length varint | attributes int8 | timestampDelta varlong | offsetDelta varint | keyLength varint | key |
/// valueLength varint | value | headerCount varint | (headerKeyLength varint | headerKey | headerValueLength varint | headerValue)*</c>,
/// lengths of -1 meaning null. Allocation-free; shared by validation and enumeration.
/// </summary>
internal static class RecordParser
{
    /// <summary>The outcome of reading one record.</summary>
    internal enum Status
    {
        Ok,
        Truncated,
        Corrupt,
    }

    /// <summary>
    /// Reads the record at the start of <paramref name="source"/>. On success <paramref name="consumed"/> is its size
    /// including the length prefix; otherwise <paramref name="problem"/> names what is wrong.
    /// </summary>
    internal static Status TryReadRecord(
        ReadOnlySpan<byte> source, long baseOffset, long baseTimestamp, long? logAppendTime,
        out Record record, out int offsetDelta, out int consumed, out string problem)
    {
        record = default;
        offsetDelta = 0;
        consumed = 0;
        if (!Varint.TryRead(source, Varint.MaxInt32Bytes, out var length, out var prefix))
        {
            problem = source.Length < Varint.MaxInt32Bytes ? "the record length is cut off" : "the record length is not a valid varint";
            return source.Length < Varint.MaxInt32Bytes ? Status.Truncated : Status.Corrupt;
        }

        if (length <= 0)
        {
            problem = $"the record length {length} is not positive";
            return Status.Corrupt;
        }

        if (length > source.Length - prefix)
        {
            problem = $"the record claims {length} bytes but only {source.Length - prefix} remain";
            return Status.Truncated;
        }

        var body = source.Slice(prefix, (int)length);
        if (!TryReadBody(body, baseOffset, baseTimestamp, logAppendTime, out record, out offsetDelta, out problem))
        {
            return Status.Corrupt;
        }

        consumed = prefix + (int)length;
        return Status.Ok;
    }

    /// <summary>Reads one header from the front of <paramref name="remaining"/> and advances past it.</summary>
    internal static bool TryReadHeader(scoped ref ReadOnlySpan<byte> remaining, out RecordHeader header)
    {
        header = default;
        if (!TryReadBytes(ref remaining, out var key, out var hasKey) || !hasKey
            || !TryReadBytes(ref remaining, out var value, out var hasValue))
        {
            return false;
        }

        header = new RecordHeader(key, value, hasValue);
        return true;
    }

    private static bool TryReadBody(
        ReadOnlySpan<byte> body, long baseOffset, long baseTimestamp, long? logAppendTime,
        out Record record, out int offsetDelta, out string problem)
    {
        record = default;
        offsetDelta = 0;
        problem = "the record's fields run past its length";
        var rest = body[1..]; // attributes: unused by v2 records
        if (!TryReadVarlong(ref rest, out var timestampDelta) || !TryReadVarint(ref rest, out offsetDelta)
            || !TryReadBytes(ref rest, out var key, out var hasKey) || !TryReadBytes(ref rest, out var value, out var hasValue)
            || !TryReadVarint(ref rest, out var headerCount))
        {
            return false;
        }

        if (headerCount < 0)
        {
            problem = $"the header count {headerCount} is negative";
            return false;
        }

        var headersStart = rest;
        for (var i = 0; i < headerCount; i++)
        {
            if (!TryReadHeader(ref rest, out _))
            {
                problem = $"header {i} is malformed or runs past the record";
                return false;
            }
        }

        if (!rest.IsEmpty)
        {
            problem = $"{rest.Length} bytes follow the record's last header";
            return false;
        }

        var headers = new RecordHeaders(headersStart, headerCount);
        var timestamp = logAppendTime ?? baseTimestamp + timestampDelta;
        record = new Record(baseOffset + offsetDelta, timestamp, key, hasKey, value, hasValue, headers);
        return true;
    }

    private static bool TryReadVarlong(scoped ref ReadOnlySpan<byte> span, out long value)
    {
        if (!Varint.TryRead(span, Varint.MaxInt64Bytes, out value, out var read))
        {
            return false;
        }

        span = span[read..];
        return true;
    }

    private static bool TryReadVarint(scoped ref ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        if (!Varint.TryRead(span, Varint.MaxInt32Bytes, out var wide, out var read) || wide is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)wide;
        span = span[read..];
        return true;
    }

    private static bool TryReadBytes(scoped ref ReadOnlySpan<byte> span, out ReadOnlySpan<byte> bytes, out bool present)
    {
        bytes = default;
        present = false;
        if (!TryReadVarint(ref span, out var length) || length < -1 || length > span.Length)
        {
            return false;
        }

        if (length >= 0)
        {
            present = true;
            bytes = span[..length];
            span = span[length..];
        }

        return true;
    }
}
