namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// ApiVersions request (key 18), v0-3: asks which API versions the broker serves. v3 is the one flexible version in
/// the advertised ranges and names the client software; its header is v2, while its response header stays v0.
/// </summary>
public sealed class ApiVersionsRequest : IKafkaRequest, IKafkaMessage<ApiVersionsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ApiVersions;

    /// <summary>The client library's name, e.g. "librdkafka" (v3+; empty before).</summary>
    public string ClientSoftwareName { get; set; } = "";

    /// <summary>The client library's version (v3+; empty before).</summary>
    public string ClientSoftwareVersion { get; set; } = "";

    /// <inheritdoc/>
    public static ApiVersionsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new ApiVersionsRequest();
        if (version >= 3)
        {
            request.ClientSoftwareName = reader.ReadCompactString("ClientSoftwareName");
            request.ClientSoftwareVersion = reader.ReadCompactString("ClientSoftwareVersion");
            reader.SkipTaggedFields("ApiVersionsRequest tagged fields");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 3)
        {
            writer.WriteCompactString(ClientSoftwareName);
            writer.WriteCompactString(ClientSoftwareVersion);
            writer.WriteEmptyTaggedFields();
        }
    }
}
