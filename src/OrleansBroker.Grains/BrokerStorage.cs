namespace OrleansBroker.Grains;

/// <summary>Names the grains use for their Orleans grain storage; the silo registers a provider under <see cref="ProviderName"/>.</summary>
public static class BrokerStorage
{
    /// <summary>The grain storage provider holding topic metadata and committed offsets.</summary>
    public const string ProviderName = "broker";
}
