namespace OrleansBroker.Bench;

/// <summary>
/// One of issue 9's throughput workloads: how many records of what size, how many producers send them (each with its
/// own connection) and how many consumers read them back from the start, over how many partitions.
/// </summary>
/// <param name="Name">The letter in issue 9: a, b or c.</param>
/// <param name="Records">Records in all, split evenly over the producers.</param>
/// <param name="RecordBytes">Value size of every record; no key.</param>
/// <param name="Producers">Concurrent producers.</param>
/// <param name="Consumers">Concurrent consumers, each reading every Consumers-th partition.</param>
/// <param name="Partitions">Partitions of the topic (Redis: streams; NATS: subjects of one stream).</param>
internal sealed record Workload(string Name, int Records, int RecordBytes, int Producers, int Consumers, int Partitions)
{
    /// <summary>Issue 9's workloads a (100 B), b (1 KB) and c (4 producers, 4 consumers, 16 partitions).</summary>
    public static IReadOnlyList<Workload> All(int records, int kilobyteRecords) =>
    [
        new("a", records, 100, 1, 1, 1),
        new("b", kilobyteRecords, 1024, 1, 1, 1),
        new("c", records, 100, 4, 4, 16),
    ];

    /// <summary>For the results table, e.g. "1,000,000 × 100 B, 4 producers / 4 consumers, 16 partitions".</summary>
    public string Description => FormattableString.Invariant(
        $"{Records:N0} × {RecordBytes:N0} B, {Producers} producer(s) / {Consumers} consumer(s), {Partitions} partition(s)");

    /// <summary>The same workload with a tenth of the records, to warm up clients and servers before measuring.</summary>
    public Workload WarmUp => this with { Records = Math.Max(Records / 10, Producers) };

    /// <summary>How many records <paramref name="producer"/> sends: an even share, the first ones taking the remainder.</summary>
    public int RecordsOf(int producer) => (Records / Producers) + (producer < Records % Producers ? 1 : 0);

    /// <summary>The partitions <paramref name="consumer"/> reads: every Consumers-th, starting at its index.</summary>
    public IReadOnlyList<int> PartitionsOf(int consumer) => [.. Enumerable.Range(0, Partitions).Where(partition => partition % Consumers == consumer)];
}
