namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// ListOffsets request (key 2), v1-5: per partition, the offset for a timestamp, or for -2 (earliest) and -1 (latest).
/// </summary>
public sealed class ListOffsetsRequest : IKafkaRequest, IKafkaMessage<ListOffsetsRequest>
{
    /// <summary>The timestamp that asks for the log start offset.</summary>
    public const long EarliestTimestamp = -2;

    /// <summary>The timestamp that asks for the log end offset (read uncommitted) or last stable offset.</summary>
    public const long LatestTimestamp = -1;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ListOffsets;

    /// <summary>The follower's broker id, or -1 for a consumer.</summary>
    public int ReplicaId { get; set; } = -1;

    /// <summary>0 read uncommitted, 1 read committed: whether "latest" means the high watermark or the last stable offset (v2+).</summary>
    public sbyte IsolationLevel { get; set; }

    /// <summary>The partitions to look up.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static ListOffsetsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new ListOffsetsRequest { ReplicaId = reader.ReadInt32("ReplicaId") };
        if (version >= 2)
        {
            request.IsolationLevel = reader.ReadInt8("IsolationLevel");
        }

        request.Topics = reader.ReadArray<Topic>("Topics", version);
        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ReplicaId);
        if (version >= 2)
        {
            writer.WriteInt8(IsolationLevel);
        }

        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's partitions to look up.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Its partitions to look up.</summary>
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

    /// <summary>One partition and the timestamp to look up in it.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The leader epoch the client knows, -1 when none (v4+).</summary>
        public int CurrentLeaderEpoch { get; set; } = -1;

        /// <summary>Milliseconds since the epoch, or <see cref="EarliestTimestamp"/> / <see cref="LatestTimestamp"/>.</summary>
        public long Timestamp { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition { PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex") };
            if (version >= 4)
            {
                partition.CurrentLeaderEpoch = reader.ReadInt32("Partitions.CurrentLeaderEpoch");
            }

            partition.Timestamp = reader.ReadInt64("Partitions.Timestamp");
            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            if (version >= 4)
            {
                writer.WriteInt32(CurrentLeaderEpoch);
            }

            writer.WriteInt64(Timestamp);
        }
    }
}
