using OrleansBroker.Abstractions;
using OrleansBroker.Client.Reading;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>
/// Reads one page of a partition's records from a <see cref="PageStart"/>, with the offset to read the next page
/// from and the partition's log start and end. Errors are <see cref="BrokerException"/>s: an unknown topic or
/// partition, an offset out of range, a bad limit.
/// </summary>
public sealed class RecordPageReader(PartitionReader reader)
{
    /// <summary>Records a page holds when the caller does not say.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most records one page may hold.</summary>
    public const int MaxLimit = 500;

    /// <summary>Up to <paramref name="limit"/> (1 to <see cref="MaxLimit"/>) records of <paramref name="partition"/> from <paramref name="start"/>.</summary>
    public async Task<PartitionRecords> ReadAsync(TopicPartition partition, PageStart start, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"The limit must be between 1 and {MaxLimit} records (got {limit}).");
        }

        var offset = await ResolveAsync(partition, start, cancellationToken);
        return await reader.ReadAsync(partition, offset, limit, TimeSpan.Zero, cancellationToken);
    }

    private async Task<long> ResolveAsync(TopicPartition partition, PageStart start, CancellationToken cancellationToken)
    {
        switch (start.Kind)
        {
            case PageStartKind.Offset:
                return start.Value;
            case PageStartKind.Timestamp:
                return await reader.OffsetForTimestampAsync(partition, start.Value, cancellationToken);
            default:
                var (low, high) = await reader.QueryWatermarkOffsetsAsync(partition, cancellationToken);
                return start.Kind == PageStartKind.Latest ? Math.Max(low, high - start.Value) : low;
        }
    }
}
