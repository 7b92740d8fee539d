namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// Fetch request (key 1), v4-11: read from partitions at given offsets, waiting up to <see cref="MaxWaitMs"/> for at
/// least <see cref="MinBytes"/>. v4 is the first version whose readers expect RecordBatch v2 (the only format we store).
/// </summary>
public sealed class FetchRequest : IKafkaRequest, IKafkaMessage<FetchRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Fetch;

    /// <summary>The follower's broker id, or -1 for a consumer (always -1 from clients).</summary>
    public int ReplicaId { get; set; } = -1;

    /// <summary>The longest the broker may wait for <see cref="MinBytes"/>, in milliseconds.</summary>
    public int MaxWaitMs { get; set; }

    /// <summary>The least data worth answering with; 0 answers at once.</summary>
    public int MinBytes { get; set; }

    /// <summary>The most bytes to return over all partitions (at least one batch is returned even if larger).</summary>
    public int MaxBytes { get; set; } = int.MaxValue;

    /// <summary>0 read uncommitted, 1 read committed (records up to the last stable offset).</summary>
    public sbyte IsolationLevel { get; set; }

    /// <summary>The incremental fetch session id, 0 for none (v7+).</summary>
    public int SessionId { get; set; }

    /// <summary>The fetch session epoch: -1 for a full fetch without a session, 0 to open one (v7+).</summary>
    public int SessionEpoch { get; set; } = -1;

    /// <summary>The partitions to read.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>Partitions to drop from the fetch session (v7+).</summary>
    public IReadOnlyList<ForgottenTopic> ForgottenTopics { get; set; } = [];

    /// <summary>The consumer's rack, for reading from the nearest replica (v11+).</summary>
    public string RackId { get; set; } = "";

    /// <inheritdoc/>
    public static FetchRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new FetchRequest
        {
            ReplicaId = reader.ReadInt32("ReplicaId"),
            MaxWaitMs = reader.ReadInt32("MaxWaitMs"),
            MinBytes = reader.ReadInt32("MinBytes"),
            MaxBytes = reader.ReadInt32("MaxBytes"),
            IsolationLevel = reader.ReadInt8("IsolationLevel"),
        };
        if (version >= 7)
        {
            request.SessionId = reader.ReadInt32("SessionId");
            request.SessionEpoch = reader.ReadInt32("SessionEpoch");
        }

        request.Topics = reader.ReadArray<Topic>("Topics", version);
        if (version >= 7)
        {
            request.ForgottenTopics = reader.ReadArray<ForgottenTopic>("ForgottenTopicsData", version);
        }

        if (version >= 11)
        {
            request.RackId = reader.ReadString("RackId");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ReplicaId);
        writer.WriteInt32(MaxWaitMs);
        writer.WriteInt32(MinBytes);
        writer.WriteInt32(MaxBytes);
        writer.WriteInt8(IsolationLevel);
        if (version >= 7)
        {
            writer.WriteInt32(SessionId);
            writer.WriteInt32(SessionEpoch);
        }

        writer.WriteArray(Topics, version);
        if (version >= 7)
        {
            writer.WriteArray(ForgottenTopics, version);
        }

        if (version >= 11)
        {
            writer.WriteString(RackId);
        }
    }

    /// <summary>A topic's partitions to read.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Its partitions to read, in the order to read them.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Topic"),
            Partitions = reader.ReadArray<Partition>("Topics.Partitions", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>Where to read one partition from.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The leader epoch the client knows, -1 when none (v9+): a stale one is refused.</summary>
        public int CurrentLeaderEpoch { get; set; } = -1;

        /// <summary>The offset to read from.</summary>
        public long FetchOffset { get; set; }

        /// <summary>The follower's log start offset, -1 from consumers (v5+).</summary>
        public long LogStartOffset { get; set; } = -1;

        /// <summary>The most bytes to return for this partition.</summary>
        public int PartitionMaxBytes { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition { PartitionIndex = reader.ReadInt32("Partitions.Partition") };
            if (version >= 9)
            {
                partition.CurrentLeaderEpoch = reader.ReadInt32("Partitions.CurrentLeaderEpoch");
            }

            partition.FetchOffset = reader.ReadInt64("Partitions.FetchOffset");
            if (version >= 5)
            {
                partition.LogStartOffset = reader.ReadInt64("Partitions.LogStartOffset");
            }

            partition.PartitionMaxBytes = reader.ReadInt32("Partitions.PartitionMaxBytes");
            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            if (version >= 9)
            {
                writer.WriteInt32(CurrentLeaderEpoch);
            }

            writer.WriteInt64(FetchOffset);
            if (version >= 5)
            {
                writer.WriteInt64(LogStartOffset);
            }

            writer.WriteInt32(PartitionMaxBytes);
        }
    }

    /// <summary>A topic's partitions to drop from an incremental fetch session (v7+).</summary>
    public sealed class ForgottenTopic : IKafkaWritable, IKafkaReadable<ForgottenTopic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The partition indexes to drop.</summary>
        public IReadOnlyList<int> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static ForgottenTopic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("ForgottenTopicsData.Topic"),
            Partitions = reader.ReadInt32Array("ForgottenTopicsData.Partitions"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt32Array(Partitions);
        }
    }
}
