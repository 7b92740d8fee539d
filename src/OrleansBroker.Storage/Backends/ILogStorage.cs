namespace OrleansBroker.Storage.Backends;

/// <summary>
/// Where partition logs live: local disk (<see cref="FileLogStorage"/>) or a shared store such as Azure Blob
/// storage, which lets a partition reopen on another silo. One instance serves a whole silo and is thread-safe.
/// </summary>
public interface ILogStorage
{
    /// <summary>Copies the backend keeps of every byte: the largest replication factor a topic may ask for.</summary>
    int Copies { get; }

    /// <summary>The place of one partition's log (Kafka's <c>topic-partition</c> directory); created when first written.</summary>
    ILogDirectory Partition(string topic, int partition);
}
