namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>OffsetFetch request (key 9), v0-5: a group's committed offsets for some partitions, or (v2+) for all.</summary>
public sealed class OffsetFetchRequest : IKafkaRequest, IKafkaMessage<OffsetFetchRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.OffsetFetch;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>The partitions to look up, or null for every partition the group committed (v2+ only).</summary>
    public IReadOnlyList<Topic>? Topics { get; set; } = [];

    /// <inheritdoc/>
    public static OffsetFetchRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            GroupId = reader.ReadString("GroupId"),
            Topics = version >= 2
                ? reader.ReadNullableArray<Topic>("Topics", version)
                : reader.ReadArray<Topic>("Topics", version),
        };
    }

    /// <summary>Writes the request; a null <see cref="Topics"/> needs v2 or later.</summary>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        if (version >= 2)
        {
            writer.WriteNullableArray(Topics, version);
        }
        else
        {
            var topics = Topics ?? throw new ArgumentException($"OffsetFetch v{version} cannot ask for all topics (null needs v2+)");
            writer.WriteArray(topics, version);
        }
    }

    /// <summary>A topic's partitions to look up.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The partition indexes to look up.</summary>
        public IReadOnlyList<int> PartitionIndexes { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Name"),
            PartitionIndexes = reader.ReadInt32Array("Topics.PartitionIndexes"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt32Array(PartitionIndexes);
        }
    }
}
