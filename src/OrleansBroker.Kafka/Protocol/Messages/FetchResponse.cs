namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// Fetch response (key 1), v4-11: per partition, its watermarks and the record batches read, passed on untouched.
/// The records may end with a partial batch (cut at the byte limit); consumers skip it.
/// </summary>
public sealed partial class FetchResponse : IKafkaResponse, IKafkaMessage<FetchResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Fetch;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or an error for the whole fetch, e.g. about the session (v7+).</summary>
    public short ErrorCode { get; set; }

    /// <summary>The fetch session id, 0 when there is none (v7+).</summary>
    public int SessionId { get; set; }

    /// <summary>The topics read.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static FetchResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new FetchResponse { ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs") };
        if (version >= 7)
        {
            response.ErrorCode = reader.ReadInt16("ErrorCode");
            response.SessionId = reader.ReadInt32("SessionId");
        }

        response.Topics = reader.ReadArray<Topic>("Responses", version);
        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ThrottleTimeMs);
        if (version >= 7)
        {
            writer.WriteInt16(ErrorCode);
            writer.WriteInt32(SessionId);
        }

        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's partitions read.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The partitions read.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Responses.Topic"),
            Partitions = reader.ReadArray<Partition>("Responses.Partitions", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>A transaction aborted in the range returned, for read-committed consumers to skip.</summary>
    public sealed class AbortedTransaction : IKafkaWritable, IKafkaReadable<AbortedTransaction>
    {
        /// <summary>The producer id of the aborted transaction.</summary>
        public long ProducerId { get; set; }

        /// <summary>The first offset of the aborted transaction.</summary>
        public long FirstOffset { get; set; }

        /// <inheritdoc/>
        public static AbortedTransaction Read(ref KafkaReader reader, short version) => new()
        {
            ProducerId = reader.ReadInt64("AbortedTransactions.ProducerId"),
            FirstOffset = reader.ReadInt64("AbortedTransactions.FirstOffset"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt64(ProducerId);
            writer.WriteInt64(FirstOffset);
        }
    }
}
