namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>OffsetFetch response (key 9), v0-5: the committed offset (or -1) of each partition, and a group error (v2+).</summary>
public sealed class OffsetFetchResponse : IKafkaResponse, IKafkaMessage<OffsetFetchResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.OffsetFetch;

    /// <summary>How long the request was held back by a quota, in milliseconds (v3+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>The results per topic.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>0, or an error for the whole group (16: not coordinator, ...) (v2+).</summary>
    public short ErrorCode { get; set; }

    /// <inheritdoc/>
    public static OffsetFetchResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new OffsetFetchResponse();
        if (version >= 3)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.Topics = reader.ReadArray<Topic>("Topics", version);
        if (version >= 2)
        {
            response.ErrorCode = reader.ReadInt16("ErrorCode");
        }

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
        if (version >= 2)
        {
            writer.WriteInt16(ErrorCode);
        }
    }

    /// <summary>A topic's committed offsets.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>One result per partition.</summary>
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

    /// <summary>One partition's committed offset.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The committed offset, -1 when the group has none.</summary>
        public long CommittedOffset { get; set; } = -1;

        /// <summary>The leader epoch committed with it, -1 when unknown (v5+).</summary>
        public int CommittedLeaderEpoch { get; set; } = -1;

        /// <summary>The text committed with the offset, or null.</summary>
        public string? Metadata { get; set; }

        /// <summary>0, or the partition's error.</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
                CommittedOffset = reader.ReadInt64("Partitions.CommittedOffset"),
            };
            if (version >= 5)
            {
                partition.CommittedLeaderEpoch = reader.ReadInt32("Partitions.CommittedLeaderEpoch");
            }

            partition.Metadata = reader.ReadNullableString("Partitions.Metadata");
            partition.ErrorCode = reader.ReadInt16("Partitions.ErrorCode");
            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt64(CommittedOffset);
            if (version >= 5)
            {
                writer.WriteInt32(CommittedLeaderEpoch);
            }

            writer.WriteNullableString(Metadata);
            writer.WriteInt16(ErrorCode);
        }
    }
}
