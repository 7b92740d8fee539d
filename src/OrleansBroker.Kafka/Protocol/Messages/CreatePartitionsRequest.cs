namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>CreatePartitions request (key 37), v0-1: raise topics' partition counts.</summary>
public sealed class CreatePartitionsRequest : IKafkaRequest, IKafkaMessage<CreatePartitionsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.CreatePartitions;

    /// <summary>The topics to grow.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>How long to wait for the partitions, in milliseconds.</summary>
    public int TimeoutMs { get; set; }

    /// <summary>Whether to only check that the partitions could be added.</summary>
    public bool ValidateOnly { get; set; }

    /// <inheritdoc/>
    public static CreatePartitionsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            Topics = reader.ReadArray<Topic>("Topics", version),
            TimeoutMs = reader.ReadInt32("TimeoutMs"),
            ValidateOnly = reader.ReadBoolean("ValidateOnly"),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteArray(Topics, version);
        writer.WriteInt32(TimeoutMs);
        writer.WriteBoolean(ValidateOnly);
    }

    /// <summary>A topic and the partition count it should reach.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The new total partition count.</summary>
        public int Count { get; set; }

        /// <summary>Replica placement of each new partition, or null for the broker to choose.</summary>
        public IReadOnlyList<Assignment>? Assignments { get; set; }

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Name"),
            Count = reader.ReadInt32("Topics.Count"),
            Assignments = reader.ReadNullableArray<Assignment>("Topics.Assignments", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt32(Count);
            writer.WriteNullableArray(Assignments, version);
        }
    }

    /// <summary>The brokers to place one new partition's replicas on.</summary>
    public sealed class Assignment : IKafkaWritable, IKafkaReadable<Assignment>
    {
        /// <summary>The node ids of the replicas.</summary>
        public IReadOnlyList<int> BrokerIds { get; set; } = [];

        /// <inheritdoc/>
        public static Assignment Read(ref KafkaReader reader, short version) =>
            new() { BrokerIds = reader.ReadInt32Array("Assignments.BrokerIds") };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version) => writer.WriteInt32Array(BrokerIds);
    }
}
