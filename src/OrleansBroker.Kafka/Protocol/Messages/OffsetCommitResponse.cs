namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>OffsetCommit response (key 8), v0-7: an error code per partition committed.</summary>
public sealed class OffsetCommitResponse : IKafkaResponse, IKafkaMessage<OffsetCommitResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.OffsetCommit;

    /// <summary>How long the request was held back by a quota, in milliseconds (v3+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>The results per topic.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static OffsetCommitResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new OffsetCommitResponse();
        if (version >= 3)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.Topics = reader.ReadArray<Topic>("Topics", version);
        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 3)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's partition results.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>One result per partition committed.</summary>
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

    /// <summary>One partition's commit result.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>0, or why the offset was not committed (22: illegal generation, 25: unknown member, ...).</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version) => new()
        {
            PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
            ErrorCode = reader.ReadInt16("Partitions.ErrorCode"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt16(ErrorCode);
        }
    }
}
