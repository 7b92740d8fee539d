namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// What precedes every response body: the request's correlation id (v0), plus a tagged-field section in flexible
/// versions (v1). ApiVersions responses always use v0, so that a client can read the answer to a version it guessed.
/// </summary>
/// <param name="CorrelationId">The correlation id of the request answered.</param>
public readonly record struct ResponseHeader(int CorrelationId)
{
    /// <summary>The header version of a response of <paramref name="apiKey"/> at <paramref name="apiVersion"/>.</summary>
    public static short VersionFor(ApiKey apiKey, short apiVersion) =>
        apiKey != ApiKey.ApiVersions && FlexibleVersions.IsFlexible(apiKey, apiVersion) ? (short)1 : (short)0;

    /// <summary>Reads a header of the given <paramref name="headerVersion"/> (0 or 1).</summary>
    public static ResponseHeader Read(ref KafkaReader reader, short headerVersion)
    {
        var header = new ResponseHeader(reader.ReadInt32("CorrelationId"));
        if (headerVersion >= 1)
        {
            reader.SkipTaggedFields("ResponseHeader tagged fields");
        }

        return header;
    }

    /// <summary>Writes the header in the given <paramref name="headerVersion"/> (0 or 1).</summary>
    public void Write(KafkaWriter writer, short headerVersion)
    {
        writer.WriteInt32(CorrelationId);
        if (headerVersion >= 1)
        {
            writer.WriteEmptyTaggedFields();
        }
    }
}
