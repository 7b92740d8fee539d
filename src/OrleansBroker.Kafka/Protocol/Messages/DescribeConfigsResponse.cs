namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DescribeConfigs response (key 32), v0-3: per resource, its configs with value, source and flags.</summary>
public sealed partial class DescribeConfigsResponse : IKafkaResponse, IKafkaMessage<DescribeConfigsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DescribeConfigs;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One result per resource asked for.</summary>
    public IReadOnlyList<Result> Results { get; set; } = [];

    /// <inheritdoc/>
    public static DescribeConfigsResponse Read(ref KafkaReader reader, short version)
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

    /// <summary>One resource's configs, or the error that stopped describing it.</summary>
    public sealed class Result : IKafkaWritable, IKafkaReadable<Result>
    {
        /// <summary>0, or why the resource could not be described (3: unknown topic, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>What the error was about, or null.</summary>
        public string? ErrorMessage { get; set; }

        /// <summary>The resource type, as asked.</summary>
        public sbyte ResourceType { get; set; }

        /// <summary>The resource name, as asked.</summary>
        public string ResourceName { get; set; } = "";

        /// <summary>The configs.</summary>
        public IReadOnlyList<Config> Configs { get; set; } = [];

        /// <inheritdoc/>
        public static Result Read(ref KafkaReader reader, short version) => new()
        {
            ErrorCode = reader.ReadInt16("Results.ErrorCode"),
            ErrorMessage = reader.ReadNullableString("Results.ErrorMessage"),
            ResourceType = reader.ReadInt8("Results.ResourceType"),
            ResourceName = reader.ReadString("Results.ResourceName"),
            Configs = reader.ReadArray<Config>("Results.Configs", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt16(ErrorCode);
            writer.WriteNullableString(ErrorMessage);
            writer.WriteInt8(ResourceType);
            writer.WriteString(ResourceName);
            writer.WriteArray(Configs, version);
        }
    }

    /// <summary>Another source of a config's value, in the order they take precedence (v1+).</summary>
    public sealed class Synonym : IKafkaWritable, IKafkaReadable<Synonym>
    {
        /// <summary>The synonym's name, e.g. "log.retention.ms" for "retention.ms".</summary>
        public string Name { get; set; } = "";

        /// <summary>Its value, or null.</summary>
        public string? Value { get; set; }

        /// <summary>Where it comes from (same values as <see cref="Config.ConfigSource"/>).</summary>
        public sbyte Source { get; set; }

        /// <inheritdoc/>
        public static Synonym Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Synonyms.Name"),
            Value = reader.ReadNullableString("Synonyms.Value"),
            Source = reader.ReadInt8("Synonyms.Source"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteNullableString(Value);
            writer.WriteInt8(Source);
        }
    }
}
