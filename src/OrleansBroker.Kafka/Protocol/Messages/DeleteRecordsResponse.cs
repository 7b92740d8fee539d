namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteRecords response (key 21), v0-1: per partition, its new low watermark or why not.</summary>
public sealed class DeleteRecordsResponse : IKafkaResponse, IKafkaMessage<DeleteRecordsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteRecords;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>The results per topic.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static DeleteRecordsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs"),
            Topics = reader.ReadArray<Topic>("Topics", version),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ThrottleTimeMs);
        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's partition results.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>One result per partition asked for.</summary>
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

    /// <summary>One partition's result.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The partition's log start offset after the deletion, -1 on error.</summary>
        public long LowWatermark { get; set; }

        /// <summary>0, or why nothing was deleted (1: offset out of range, 3: unknown topic or partition, ...).</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version) => new()
        {
            PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
            LowWatermark = reader.ReadInt64("Partitions.LowWatermark"),
            ErrorCode = reader.ReadInt16("Partitions.ErrorCode"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt64(LowWatermark);
            writer.WriteInt16(ErrorCode);
        }
    }
}
