namespace OrleansBroker.Grains.Telemetry;

/// <summary>
/// One partition grain's view of <see cref="BrokerMetrics"/>: its topic tag, made once, and whether its log is open.
/// The partition counts as active while it is tracked and its log is open; dispose on deactivation.
/// </summary>
internal sealed class PartitionMetrics(BrokerMetrics owner, string topic, Func<bool> isLogOpen) : IDisposable
{
    private readonly KeyValuePair<string, object?> _topicTag = new("topic", topic);

    /// <summary>The partition's topic.</summary>
    public string Topic => topic;

    /// <summary>
    /// Asks the grain when the metric is collected rather than being told on every open and close: a log opens and
    /// closes in several places of the grain, and a reference read is safe from the collecting thread.
    /// </summary>
    public bool IsLogOpen => isLogOpen();

    /// <summary>Reports <paramref name="batch"/> appended, <paramref name="elapsed"/> after the append arrived.</summary>
    public void Produced(ReadOnlySpan<byte> batch, TimeSpan elapsed) => owner.RecordProduce(_topicTag, batch, elapsed);

    /// <summary>Reports <paramref name="batches"/> returned by a fetch that took <paramref name="elapsed"/>.</summary>
    public void Fetched(ReadOnlySpan<byte> batches, TimeSpan elapsed) => owner.RecordFetch(_topicTag, batches, elapsed);

    /// <inheritdoc />
    public void Dispose() => owner.Untrack(this);
}
