namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// Produce request (key 0), v0-8: record batches to append, per topic and partition. The batches stay raw bytes,
/// slices of the request frame. With <see cref="Acks"/> 0 the broker sends no response at all.
/// </summary>
public sealed class ProduceRequest : IKafkaRequest, IKafkaMessage<ProduceRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Produce;

    /// <summary>The transactional id, or null for a producer outside transactions (v3+).</summary>
    public string? TransactionalId { get; set; }

    /// <summary>Acknowledgements awaited: 0 none (no response), 1 the leader, -1 all in-sync replicas.</summary>
    public short Acks { get; set; }

    /// <summary>How long the broker may wait for the acknowledgements, in milliseconds.</summary>
    public int TimeoutMs { get; set; }

    /// <summary>The topics to append to.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static ProduceRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new ProduceRequest();
        if (version >= 3)
        {
            request.TransactionalId = reader.ReadNullableString("TransactionalId");
        }

        request.Acks = reader.ReadInt16("Acks");
        request.TimeoutMs = reader.ReadInt32("TimeoutMs");
        request.Topics = reader.ReadArray<Topic>("TopicData", version);
        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 3)
        {
            writer.WriteNullableString(TransactionalId);
        }

        writer.WriteInt16(Acks);
        writer.WriteInt32(TimeoutMs);
        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's partitions to append to.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The partitions and their batches.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("TopicData.Name"),
            Partitions = reader.ReadArray<Partition>("TopicData.PartitionData", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>The record batches for one partition.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int Index { get; set; }

        /// <summary>
        /// The record batches laid end to end, untouched (RecordBatch v2 from v3; message sets v0/v1 before), or null.
        /// </summary>
        public ReadOnlyMemory<byte>? Records { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version) => new()
        {
            Index = reader.ReadInt32("PartitionData.Index"),
            Records = reader.ReadNullableBytes("PartitionData.Records"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(Index);
            writer.WriteNullableBytes(Records);
        }
    }
}
