namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// ApiVersions response (key 18), v0-3: the broker's supported version ranges. In v3 (flexible) the broker features
/// travel as tagged fields 0-3, written only when set. An ApiVersions request of an unsupported version is answered
/// in v0 with error 35 (UNSUPPORTED_VERSION) and the full list, so the client can retry with a version listed.
/// </summary>
public sealed partial class ApiVersionsResponse : IKafkaResponse, IKafkaMessage<ApiVersionsResponse>
{
    private const short FirstFlexibleVersion = 3;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ApiVersions;

    /// <summary>0, or the error code (35 when the request's version is not supported).</summary>
    public short ErrorCode { get; set; }

    /// <summary>The version range of every API served.</summary>
    public IReadOnlyList<ApiVersion> ApiKeys { get; set; } = [];

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>Feature flags the broker supports (v3+, tagged field 0).</summary>
    public IReadOnlyList<SupportedFeature> SupportedFeatures { get; set; } = [];

    /// <summary>Epoch of the finalized features, -1 when unknown (v3+, tagged field 1).</summary>
    public long FinalizedFeaturesEpoch { get; set; } = -1;

    /// <summary>Feature levels finalized cluster-wide (v3+, tagged field 2).</summary>
    public IReadOnlyList<FinalizedFeature> FinalizedFeatures { get; set; } = [];

    /// <summary>Whether a KRaft controller is ready for ZooKeeper migration (v3+, tagged field 3); never true here.</summary>
    public bool ZkMigrationReady { get; set; }

    /// <inheritdoc/>
    public static ApiVersionsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new ApiVersionsResponse { ErrorCode = reader.ReadInt16("ErrorCode") };
        response.ApiKeys = version >= FirstFlexibleVersion
            ? reader.ReadCompactArray<ApiVersion>("ApiKeys", version)
            : reader.ReadArray<ApiVersion>("ApiKeys", version);
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        if (version >= FirstFlexibleVersion)
        {
            response.ReadTaggedFields(ref reader, version);
        }

        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt16(ErrorCode);
        if (version >= FirstFlexibleVersion)
        {
            writer.WriteCompactArray(ApiKeys, version);
        }
        else
        {
            writer.WriteArray(ApiKeys, version);
        }

        if (version >= 1)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        if (version >= FirstFlexibleVersion)
        {
            WriteTaggedFields(writer, version);
        }
    }

    /// <summary>The version range of one API.</summary>
    public sealed class ApiVersion : IKafkaWritable, IKafkaReadable<ApiVersion>
    {
        /// <summary>The API.</summary>
        public ApiKey ApiKey { get; set; }

        /// <summary>The lowest version served.</summary>
        public short MinVersion { get; set; }

        /// <summary>The highest version served.</summary>
        public short MaxVersion { get; set; }

        /// <inheritdoc/>
        public static ApiVersion Read(ref KafkaReader reader, short version)
        {
            var item = new ApiVersion
            {
                ApiKey = (ApiKey)reader.ReadInt16("ApiKey"),
                MinVersion = reader.ReadInt16("MinVersion"),
                MaxVersion = reader.ReadInt16("MaxVersion"),
            };
            if (version >= FirstFlexibleVersion)
            {
                reader.SkipTaggedFields("ApiVersion tagged fields");
            }

            return item;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt16((short)ApiKey);
            writer.WriteInt16(MinVersion);
            writer.WriteInt16(MaxVersion);
            if (version >= FirstFlexibleVersion)
            {
                writer.WriteEmptyTaggedFields();
            }
        }
    }
}
