namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>ListOffsets response (key 2), v1-5: per partition, the offset found and the timestamp of its record.</summary>
public sealed class ListOffsetsResponse : IKafkaResponse, IKafkaMessage<ListOffsetsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ListOffsets;

    /// <summary>How long the request was held back by a quota, in milliseconds (v2+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>The topics looked up.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static ListOffsetsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new ListOffsetsResponse();
        if (version >= 2)
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
        if (version >= 2)
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

    /// <summary>The offset found in one partition.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>0, or why no offset was found (3: unknown topic or partition, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The timestamp of the record at <see cref="Offset"/>, -1 for earliest/latest or when none.</summary>
        public long Timestamp { get; set; } = -1;

        /// <summary>The offset found; -1 when no record has a timestamp at or after the one asked for.</summary>
        public long Offset { get; set; } = -1;

        /// <summary>The leader epoch of the record at <see cref="Offset"/>, -1 when unknown (v4+).</summary>
        public int LeaderEpoch { get; set; } = -1;

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
                ErrorCode = reader.ReadInt16("Partitions.ErrorCode"),
                Timestamp = reader.ReadInt64("Partitions.Timestamp"),
                Offset = reader.ReadInt64("Partitions.Offset"),
            };
            if (version >= 4)
            {
                partition.LeaderEpoch = reader.ReadInt32("Partitions.LeaderEpoch");
            }

            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt16(ErrorCode);
            writer.WriteInt64(Timestamp);
            writer.WriteInt64(Offset);
            if (version >= 4)
            {
                writer.WriteInt32(LeaderEpoch);
            }
        }
    }
}
