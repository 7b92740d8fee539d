namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteGroups response (key 42), v0-1: per group, deleted or why not.</summary>
public sealed class DeleteGroupsResponse : IKafkaResponse, IKafkaMessage<DeleteGroupsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteGroups;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One result per group asked for.</summary>
    public IReadOnlyList<Result> Results { get; set; } = [];

    /// <inheritdoc/>
    public static DeleteGroupsResponse Read(ref KafkaReader reader, short version)
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

    /// <summary>One group's result.</summary>
    public sealed class Result : IKafkaWritable, IKafkaReadable<Result>
    {
        /// <summary>The group id.</summary>
        public string GroupId { get; set; } = "";

        /// <summary>0, or why it was not deleted (68: not empty, 69: not found, ...).</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Result Read(ref KafkaReader reader, short version) => new()
        {
            GroupId = reader.ReadString("Results.GroupId"),
            ErrorCode = reader.ReadInt16("Results.ErrorCode"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(GroupId);
            writer.WriteInt16(ErrorCode);
        }
    }
}
