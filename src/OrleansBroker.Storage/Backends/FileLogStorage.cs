namespace OrleansBroker.Storage.Backends;

/// <summary>
/// Partition logs on local disk: one directory per partition, <c>{root}/{topic}-{partition}</c>, as Kafka lays
/// out its log.dirs. One copy of every byte, so topics are limited to replication factor 1.
/// </summary>
public sealed class FileLogStorage(string root) : ILogStorage
{
    /// <summary>The directory holding every partition's directory.</summary>
    public string Root { get; } = root;

    /// <inheritdoc />
    public int Copies => 1;

    /// <inheritdoc />
    public ILogDirectory Partition(string topic, int partition) => new FileLogDirectory(Path.Combine(Root, $"{topic}-{partition}"));
}
