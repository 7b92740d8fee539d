namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteTopics response (key 20), v0-3: per topic, deleted or why not.</summary>
public sealed class DeleteTopicsResponse : IKafkaResponse, IKafkaMessage<DeleteTopicsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteTopics;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One result per topic asked for.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static DeleteTopicsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new DeleteTopicsResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.Topics = reader.ReadArray<Topic>("Responses", version);
        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 1)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        writer.WriteArray(Topics, version);
    }

    /// <summary>One topic's result.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>0, or why it was not deleted (3: unknown topic, ...).</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Responses.Name"),
            ErrorCode = reader.ReadInt16("Responses.ErrorCode"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt16(ErrorCode);
        }
    }
}
