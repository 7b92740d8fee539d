namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DescribeConfigs request (key 32), v0-3: the configs of topics or brokers, all or some keys.</summary>
public sealed class DescribeConfigsRequest : IKafkaRequest, IKafkaMessage<DescribeConfigsRequest>
{
    /// <summary>The <see cref="Resource.ResourceType"/> of a topic.</summary>
    public const sbyte TopicResourceType = 2;

    /// <summary>The <see cref="Resource.ResourceType"/> of a broker (the name is its node id).</summary>
    public const sbyte BrokerResourceType = 4;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DescribeConfigs;

    /// <summary>The topics or brokers to describe.</summary>
    public IReadOnlyList<Resource> Resources { get; set; } = [];

    /// <summary>Whether to list each config's synonyms, by precedence (v1+).</summary>
    public bool IncludeSynonyms { get; set; }

    /// <summary>Whether to include each config's documentation (v3+).</summary>
    public bool IncludeDocumentation { get; set; }

    /// <inheritdoc/>
    public static DescribeConfigsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new DescribeConfigsRequest { Resources = reader.ReadArray<Resource>("Resources", version) };
        if (version >= 1)
        {
            request.IncludeSynonyms = reader.ReadBoolean("IncludeSynonyms");
        }

        if (version >= 3)
        {
            request.IncludeDocumentation = reader.ReadBoolean("IncludeDocumentation");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteArray(Resources, version);
        if (version >= 1)
        {
            writer.WriteBoolean(IncludeSynonyms);
        }

        if (version >= 3)
        {
            writer.WriteBoolean(IncludeDocumentation);
        }
    }

    /// <summary>A topic or broker whose configs are asked for.</summary>
    public sealed class Resource : IKafkaWritable, IKafkaReadable<Resource>
    {
        /// <summary><see cref="TopicResourceType"/> or <see cref="BrokerResourceType"/> (Kafka knows a few more).</summary>
        public sbyte ResourceType { get; set; }

        /// <summary>The topic's name or the broker's node id.</summary>
        public string ResourceName { get; set; } = "";

        /// <summary>The config names to return, or null for all.</summary>
        public IReadOnlyList<string>? ConfigurationKeys { get; set; }

        /// <inheritdoc/>
        public static Resource Read(ref KafkaReader reader, short version) => new()
        {
            ResourceType = reader.ReadInt8("Resources.ResourceType"),
            ResourceName = reader.ReadString("Resources.ResourceName"),
            ConfigurationKeys = reader.ReadNullableStringArray("Resources.ConfigurationKeys"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt8(ResourceType);
            writer.WriteString(ResourceName);
            writer.WriteNullableStringArray(ConfigurationKeys);
        }
    }
}
