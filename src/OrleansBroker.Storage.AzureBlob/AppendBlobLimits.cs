namespace OrleansBroker.Storage.AzureBlob;

/// <summary>The append-blob limits the backend stays within, and the size of its tail cache. Tests shrink them.</summary>
/// <param name="MaxBlockBytes">Bytes one AppendBlock call carries at most: 4 MiB, which every service version and Azurite accept.</param>
/// <param name="MaxBlocks">Blocks one append blob takes at most: 50,000.</param>
/// <param name="TailCacheBytes">Bytes of a partition's newest appends kept in memory for readers at the tail; 0 turns the cache off.</param>
internal sealed record AppendBlobLimits(int MaxBlockBytes, int MaxBlocks, int TailCacheBytes)
{
    /// <summary>Azure Storage's limits, and a 4 MiB tail cache.</summary>
    public static AppendBlobLimits Azure { get; } = new(4 * 1024 * 1024, 50_000, 4 * 1024 * 1024);
}
