namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>CreateTopics response (key 19), v0-4: per topic, created or why not.</summary>
public sealed class CreateTopicsResponse : IKafkaResponse, IKafkaMessage<CreateTopicsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.CreateTopics;

    /// <summary>How long the request was held back by a quota, in milliseconds (v2+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One result per topic asked for.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static CreateTopicsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new CreateTopicsResponse();
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

    /// <summary>One topic's result.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>0, or why it was not created (36: exists, 37: invalid partitions, 38: invalid replication factor, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>What the error was about, or null (v1+).</summary>
        public string? ErrorMessage { get; set; }

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version)
        {
            var topic = new Topic
            {
                Name = reader.ReadString("Topics.Name"),
                ErrorCode = reader.ReadInt16("Topics.ErrorCode"),
            };
            if (version >= 1)
            {
                topic.ErrorMessage = reader.ReadNullableString("Topics.ErrorMessage");
            }

            return topic;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteInt16(ErrorCode);
            if (version >= 1)
            {
                writer.WriteNullableString(ErrorMessage);
            }
        }
    }
}
