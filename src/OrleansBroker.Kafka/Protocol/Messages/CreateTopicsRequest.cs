namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>CreateTopics request (key 19), v0-4: topics to create with their partitions, replication and configs.</summary>
public sealed class CreateTopicsRequest : IKafkaRequest, IKafkaMessage<CreateTopicsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.CreateTopics;

    /// <summary>The topics to create.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>How long to wait for the creation, in milliseconds.</summary>
    public int TimeoutMs { get; set; } = 60000;

    /// <summary>Whether to only check that the topics could be created (v1+).</summary>
    public bool ValidateOnly { get; set; }

    /// <inheritdoc/>
    public static CreateTopicsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new CreateTopicsRequest
        {
            Topics = reader.ReadArray<Topic>("Topics", version),
            TimeoutMs = reader.ReadInt32("TimeoutMs"),
        };
        if (version >= 1)
        {
            request.ValidateOnly = reader.ReadBoolean("ValidateOnly");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteArray(Topics, version);
        writer.WriteInt32(TimeoutMs);
        if (version >= 1)
        {
            writer.WriteBoolean(ValidateOnly);
        }
    }

    /// <summary>A topic to create.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The partition count, or -1 for the broker's default or when <see cref="Assignments"/> are given.</summary>
        public int NumPartitions { get; set; } = -1;

        /// <summary>The replication factor, or -1 for the broker's default or when <see cref="Assignments"/> are given.</summary>
        public short ReplicationFactor { get; set; } = -1;

        /// <summary>Explicit replica placement per partition, or empty for the broker to choose.</summary>
        public IReadOnlyList<Assignment> Assignments { get; set; } = [];

        /// <summary>Topic-level configs to set.</summary>
        public IReadOnlyList<Config> Configs { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Name"),
            NumPartitions = reader.ReadInt32("Topics.NumPartitions"),
            ReplicationFactor = reader.ReadInt16("Topics.ReplicationFactor"),
            Assignments = reader.ReadArray<Assignment>("Topics.Assignments", version),
            Configs = reader.ReadArray<Config>("Topics.Configs", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt32(NumPartitions);
            writer.WriteInt16(ReplicationFactor);
            writer.WriteArray(Assignments, version);
            writer.WriteArray(Configs, version);
        }
    }

    /// <summary>The brokers to place one partition's replicas on.</summary>
    public sealed class Assignment : IKafkaWritable, IKafkaReadable<Assignment>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The node ids of its replicas, the preferred leader first.</summary>
        public IReadOnlyList<int> BrokerIds { get; set; } = [];

        /// <inheritdoc/>
        public static Assignment Read(ref KafkaReader reader, short version) => new()
        {
            PartitionIndex = reader.ReadInt32("Assignments.PartitionIndex"),
            BrokerIds = reader.ReadInt32Array("Assignments.BrokerIds"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt32Array(BrokerIds);
        }
    }

    /// <summary>A topic config to set.</summary>
    public sealed class Config : IKafkaWritable, IKafkaReadable<Config>
    {
        /// <summary>The config's name, e.g. "retention.ms".</summary>
        public string Name { get; set; } = "";

        /// <summary>The value, or null.</summary>
        public string? Value { get; set; }

        /// <inheritdoc/>
        public static Config Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Configs.Name"),
            Value = reader.ReadNullableString("Configs.Value"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteNullableString(Value);
        }
    }
}
