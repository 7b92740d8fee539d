namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// The connection strings (<c>ConnectionStrings:&lt;name&gt;</c>) a silo in cluster mode reads, which are also the keys
/// of the Azure Storage clients registered for them. The AppHost names its resources the same.
/// </summary>
public static class StorageConnectionNames
{
    /// <summary>Azure Table storage of the cluster membership (Orleans clustering).</summary>
    public const string Clustering = "clustering";

    /// <summary>Azure Table storage of grain state: topics and committed offsets.</summary>
    public const string GrainState = "grain-state";

    /// <summary>Azure Blob storage of the partition logs.</summary>
    public const string Logs = "logs";
}
