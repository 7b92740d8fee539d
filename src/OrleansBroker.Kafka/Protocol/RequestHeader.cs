namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// What precedes every request body. v0: API key, API version, correlation id. v1 adds the client id, always a
/// classic nullable string so that any broker can read the header of any ApiVersions request. v2 (flexible versions)
/// adds a tagged-field section; none is defined, so unknown ones are skipped and none are written.
/// </summary>
/// <param name="ApiKey">Which API the body belongs to; may be a key this codec does not know.</param>
/// <param name="ApiVersion">The body's version.</param>
/// <param name="CorrelationId">Echoed in the response so the client can match it.</param>
/// <param name="ClientId">The client's self-chosen name (v1+), or null.</param>
public readonly record struct RequestHeader(ApiKey ApiKey, short ApiVersion, int CorrelationId, string? ClientId)
{
    /// <summary>
    /// The header version a request of <paramref name="apiKey"/> at <paramref name="apiVersion"/> uses: 2 for flexible
    /// versions, else 1. (Version 0 belongs only to ControlledShutdown v0, which this codec does not serve.) An unknown
    /// API gets 1: its first fields are the same in every version, enough to answer or refuse it.
    /// </summary>
    public static short VersionFor(ApiKey apiKey, short apiVersion) =>
        FlexibleVersions.IsFlexible(apiKey, apiVersion) ? (short)2 : (short)1;

    /// <summary>Reads a header whose version follows from its own API key and version (<see cref="VersionFor"/>).</summary>
    public static RequestHeader Read(ref KafkaReader reader)
    {
        var header = ReadFixedPart(ref reader);
        return ReadRest(ref reader, header, VersionFor(header.ApiKey, header.ApiVersion));
    }

    /// <summary>Reads a header of the given <paramref name="headerVersion"/> (0 to 2).</summary>
    public static RequestHeader Read(ref KafkaReader reader, short headerVersion) =>
        ReadRest(ref reader, ReadFixedPart(ref reader), headerVersion);

    /// <summary>Writes the header in the version <see cref="VersionFor"/> gives.</summary>
    public void Write(KafkaWriter writer) => Write(writer, VersionFor(ApiKey, ApiVersion));

    /// <summary>Writes the header in the given <paramref name="headerVersion"/> (0 to 2).</summary>
    public void Write(KafkaWriter writer, short headerVersion)
    {
        writer.WriteInt16((short)ApiKey);
        writer.WriteInt16(ApiVersion);
        writer.WriteInt32(CorrelationId);
        if (headerVersion >= 1)
        {
            writer.WriteNullableString(ClientId);
        }

        if (headerVersion >= 2)
        {
            writer.WriteEmptyTaggedFields();
        }
    }

    private static RequestHeader ReadFixedPart(ref KafkaReader reader) => new(
        (ApiKey)reader.ReadInt16("RequestApiKey"),
        reader.ReadInt16("RequestApiVersion"),
        reader.ReadInt32("CorrelationId"),
        ClientId: null);

    private static RequestHeader ReadRest(ref KafkaReader reader, RequestHeader header, short headerVersion)
    {
        if (headerVersion >= 1)
        {
            header = header with { ClientId = reader.ReadNullableString("ClientId") };
        }

        if (headerVersion >= 2)
        {
            reader.SkipTaggedFields("RequestHeader tagged fields");
        }

        return header;
    }
}
