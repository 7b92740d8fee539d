namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>CreatePartitions response (key 37), v0-1: per topic, grown or why not.</summary>
public sealed class CreatePartitionsResponse : IKafkaResponse, IKafkaMessage<CreatePartitionsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.CreatePartitions;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One result per topic asked for.</summary>
    public IReadOnlyList<Result> Results { get; set; } = [];

    /// <inheritdoc/>
    public static CreatePartitionsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs"),
            Results = reader.ReadArray<Result>("Results", version),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ThrottleTimeMs);
        writer.WriteArray(Results, version);
    }

    /// <summary>One topic's result.</summary>
    public sealed class Result : IKafkaWritable, IKafkaReadable<Result>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>0, or why it was not grown (37: invalid partitions, 3: unknown topic, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>What the error was about, or null.</summary>
        public string? ErrorMessage { get; set; }

        /// <inheritdoc/>
        public static Result Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Results.Name"),
            ErrorCode = reader.ReadInt16("Results.ErrorCode"),
            ErrorMessage = reader.ReadNullableString("Results.ErrorMessage"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt16(ErrorCode);
            writer.WriteNullableString(ErrorMessage);
        }
    }
}
