namespace OrleansBroker.Kafka.Protocol;

/// <summary>The versions of one API a broker accepts, both ends inclusive, as an ApiVersions response lists them.</summary>
/// <param name="ApiKey">The API.</param>
/// <param name="MinVersion">The lowest version accepted.</param>
/// <param name="MaxVersion">The highest version accepted.</param>
public readonly record struct ApiVersionRange(ApiKey ApiKey, short MinVersion, short MaxVersion)
{
    /// <summary>Whether <paramref name="version"/> lies in the range.</summary>
    public bool Contains(short version) => version >= MinVersion && version <= MaxVersion;
}
