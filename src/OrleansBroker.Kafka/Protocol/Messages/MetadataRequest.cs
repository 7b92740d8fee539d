namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>Metadata request (key 3), v0-8: which topics to describe, and whether asking may create them.</summary>
public sealed class MetadataRequest : IKafkaRequest, IKafkaMessage<MetadataRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Metadata;

    /// <summary>
    /// The topics to describe; null means every topic, in every version: v0 has no null and says "all" with an empty
    /// array, which is read as null and written for null. From v1 an empty array asks for no topic (brokers only).
    /// </summary>
    public IReadOnlyList<Topic>? Topics { get; set; }

    /// <summary>Whether the broker may auto-create missing topics, if its configuration allows (v4+; before, it may).</summary>
    public bool AllowAutoTopicCreation { get; set; } = true;

    /// <summary>Whether to report the operations the client may perform on the cluster (v8 only in our range).</summary>
    public bool IncludeClusterAuthorizedOperations { get; set; }

    /// <summary>Whether to report the operations the client may perform on each topic (v8+).</summary>
    public bool IncludeTopicAuthorizedOperations { get; set; }

    /// <inheritdoc/>
    public static MetadataRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new MetadataRequest();
        if (version >= 1)
        {
            request.Topics = reader.ReadNullableArray<Topic>("Topics", version);
        }
        else
        {
            var topics = reader.ReadArray<Topic>("Topics", version);
            request.Topics = topics.Length > 0 ? topics : null;
        }

        if (version >= 4)
        {
            request.AllowAutoTopicCreation = reader.ReadBoolean("AllowAutoTopicCreation");
        }

        if (version >= 8)
        {
            request.IncludeClusterAuthorizedOperations = reader.ReadBoolean("IncludeClusterAuthorizedOperations");
            request.IncludeTopicAuthorizedOperations = reader.ReadBoolean("IncludeTopicAuthorizedOperations");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 1)
        {
            writer.WriteNullableArray(Topics, version);
        }
        else
        {
            writer.WriteArray(Topics ?? [], version);
        }

        if (version >= 4)
        {
            writer.WriteBoolean(AllowAutoTopicCreation);
        }

        if (version >= 8)
        {
            writer.WriteBoolean(IncludeClusterAuthorizedOperations);
            writer.WriteBoolean(IncludeTopicAuthorizedOperations);
        }
    }

    /// <summary>A topic to describe.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new() { Name = reader.ReadString("Topic.Name") };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version) => writer.WriteString(Name);
    }
}
