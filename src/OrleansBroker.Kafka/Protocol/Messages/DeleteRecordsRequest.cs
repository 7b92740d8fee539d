namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteRecords request (key 21), v0-1: move partitions' log start offsets forward, dropping older records.</summary>
public sealed class DeleteRecordsRequest : IKafkaRequest, IKafkaMessage<DeleteRecordsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteRecords;

    /// <summary>The partitions to trim.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>How long to wait for the deletion, in milliseconds.</summary>
    public int TimeoutMs { get; set; }

    /// <inheritdoc/>
    public static DeleteRecordsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            Topics = reader.ReadArray<Topic>("Topics", version),
            TimeoutMs = reader.ReadInt32("TimeoutMs"),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteArray(Topics, version);
        writer.WriteInt32(TimeoutMs);
    }

    /// <summary>A topic's partitions to trim.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Its partitions and the offsets to trim them to.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Name"),
            Partitions = reader.ReadArray<Partition>("Topics.Partitions", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>One partition and its new log start offset.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>Records before this offset are deleted; -1 means up to the high watermark.</summary>
        public long Offset { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version) => new()
        {
            PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
            Offset = reader.ReadInt64("Partitions.Offset"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt64(Offset);
        }
    }
}
