namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>The config entries of a DescribeConfigs response.</summary>
public sealed partial class DescribeConfigsResponse
{
    /// <summary>One config: value, where it comes from and how it may be changed.</summary>
    public sealed class Config : IKafkaWritable, IKafkaReadable<Config>
    {
        /// <summary>The <see cref="ConfigSource"/> of a topic-level override.</summary>
        public const sbyte TopicConfigSource = 1;

        /// <summary>The <see cref="ConfigSource"/> of a broker setting given at startup.</summary>
        public const sbyte StaticBrokerConfigSource = 4;

        /// <summary>The <see cref="ConfigSource"/> of a built-in default.</summary>
        public const sbyte DefaultConfigSource = 5;

        /// <summary>The config's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Its value, or null (sensitive values are null).</summary>
        public string? Value { get; set; }

        /// <summary>Whether it cannot be changed.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>Whether it has its default value (v0 only; later versions say so by <see cref="ConfigSource"/>).</summary>
        public bool IsDefault { get; set; }

        /// <summary>Where the value comes from, -1 when unknown (v1+).</summary>
        public sbyte ConfigSource { get; set; } = -1;

        /// <summary>Whether the value is secret, hence not shown.</summary>
        public bool IsSensitive { get; set; }

        /// <summary>The other sources of the value, by precedence, when asked for (v1+).</summary>
        public IReadOnlyList<Synonym> Synonyms { get; set; } = [];

        /// <summary>
        /// The value's type (v3+): 1 boolean, 2 string, 3 int, 4 short, 5 long, 6 double, 7 list, 8 class, 9 password; 0 unknown.
        /// </summary>
        public sbyte ConfigType { get; set; }

        /// <summary>What the config does, or null (v3+).</summary>
        public string? Documentation { get; set; }

        /// <inheritdoc/>
        public static Config Read(ref KafkaReader reader, short version)
        {
            var config = new Config
            {
                Name = reader.ReadString("Configs.Name"),
                Value = reader.ReadNullableString("Configs.Value"),
                ReadOnly = reader.ReadBoolean("Configs.ReadOnly"),
            };
            if (version == 0)
            {
                config.IsDefault = reader.ReadBoolean("Configs.IsDefault");
            }
            else
            {
                config.ConfigSource = reader.ReadInt8("Configs.ConfigSource");
            }

            config.IsSensitive = reader.ReadBoolean("Configs.IsSensitive");
            if (version >= 1)
            {
                config.Synonyms = reader.ReadArray<Synonym>("Configs.Synonyms", version);
            }

            if (version >= 3)
            {
                config.ConfigType = reader.ReadInt8("Configs.ConfigType");
                config.Documentation = reader.ReadNullableString("Configs.Documentation");
            }

            return config;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteNullableString(Value);
            writer.WriteBoolean(ReadOnly);
            if (version == 0)
            {
                writer.WriteBoolean(IsDefault);
            }
            else
            {
                writer.WriteInt8(ConfigSource);
            }

            writer.WriteBoolean(IsSensitive);
            if (version >= 1)
            {
                writer.WriteArray(Synonyms, version);
            }

            if (version >= 3)
            {
                writer.WriteInt8(ConfigType);
                writer.WriteNullableString(Documentation);
            }
        }
    }
}
