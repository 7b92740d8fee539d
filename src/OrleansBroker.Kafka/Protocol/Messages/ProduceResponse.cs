namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>Produce response (key 0), v0-8: per partition, the base offset given to the batches or the error.</summary>
public sealed class ProduceResponse : IKafkaResponse, IKafkaMessage<ProduceResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Produce;

    /// <summary>The topics appended to.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <inheritdoc/>
    public static ProduceResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new ProduceResponse { Topics = reader.ReadArray<Topic>("Responses", version) };
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteArray(Topics, version);
        if (version >= 1)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }
    }

    /// <summary>A topic's partition results.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>One result per partition of the request.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Responses.Name"),
            Partitions = reader.ReadArray<Partition>("Responses.PartitionResponses", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>One partition's append: where its batches landed, or why they did not.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int Index { get; set; }

        /// <summary>0, or why nothing was appended (2: corrupt message, 10: message too large, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The offset of the first record appended, -1 on error.</summary>
        public long BaseOffset { get; set; }

        /// <summary>The broker's append time for LogAppendTime topics, -1 for CreateTime topics (v2+).</summary>
        public long LogAppendTimeMs { get; set; } = -1;

        /// <summary>The partition's log start offset after the append (v5+).</summary>
        public long LogStartOffset { get; set; } = -1;

        /// <summary>The records that made the batch fail, by index in the batch (v8+).</summary>
        public IReadOnlyList<RecordError> RecordErrors { get; set; } = [];

        /// <summary>What the error was about, or null (v8+).</summary>
        public string? ErrorMessage { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                Index = reader.ReadInt32("PartitionResponses.Index"),
                ErrorCode = reader.ReadInt16("PartitionResponses.ErrorCode"),
                BaseOffset = reader.ReadInt64("PartitionResponses.BaseOffset"),
            };
            if (version >= 2)
            {
                partition.LogAppendTimeMs = reader.ReadInt64("PartitionResponses.LogAppendTimeMs");
            }

            if (version >= 5)
            {
                partition.LogStartOffset = reader.ReadInt64("PartitionResponses.LogStartOffset");
            }

            if (version >= 8)
            {
                partition.RecordErrors = reader.ReadArray<RecordError>("PartitionResponses.RecordErrors", version);
                partition.ErrorMessage = reader.ReadNullableString("PartitionResponses.ErrorMessage");
            }

            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(Index);
            writer.WriteInt16(ErrorCode);
            writer.WriteInt64(BaseOffset);
            if (version >= 2)
            {
                writer.WriteInt64(LogAppendTimeMs);
            }

            if (version >= 5)
            {
                writer.WriteInt64(LogStartOffset);
            }

            if (version >= 8)
            {
                writer.WriteArray(RecordErrors, version);
                writer.WriteNullableString(ErrorMessage);
            }
        }
    }

    /// <summary>A record that caused its batch to be dropped (v8+).</summary>
    public sealed class RecordError : IKafkaWritable, IKafkaReadable<RecordError>
    {
        /// <summary>The record's index within its batch.</summary>
        public int BatchIndex { get; set; }

        /// <summary>What is wrong with the record, or null.</summary>
        public string? BatchIndexErrorMessage { get; set; }

        /// <inheritdoc/>
        public static RecordError Read(ref KafkaReader reader, short version) => new()
        {
            BatchIndex = reader.ReadInt32("RecordErrors.BatchIndex"),
            BatchIndexErrorMessage = reader.ReadNullableString("RecordErrors.BatchIndexErrorMessage"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(BatchIndex);
            writer.WriteNullableString(BatchIndexErrorMessage);
        }
    }
}
