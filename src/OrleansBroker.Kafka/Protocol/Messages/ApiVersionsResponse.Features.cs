namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>The v3 tagged fields of the ApiVersions response: the broker's feature flags (KIP-584).</summary>
public sealed partial class ApiVersionsResponse
{
    private const uint SupportedFeaturesTag = 0;
    private const uint FinalizedFeaturesEpochTag = 1;
    private const uint FinalizedFeaturesTag = 2;
    private const uint ZkMigrationReadyTag = 3;

    private void ReadTaggedFields(ref KafkaReader reader, short version)
    {
        const string Section = "ApiVersionsResponse tagged fields";
        var count = reader.ReadTaggedFieldCount(Section);
        var previousTag = -1L;
        for (var i = 0; i < count; i++)
        {
            var tag = reader.ReadTaggedField(Section, ref previousTag, out var content);
            switch (tag)
            {
                case SupportedFeaturesTag:
                    SupportedFeatures = content.ReadCompactArray<SupportedFeature>("SupportedFeatures", version);
                    break;
                case FinalizedFeaturesEpochTag:
                    FinalizedFeaturesEpoch = content.ReadInt64("FinalizedFeaturesEpoch");
                    break;
                case FinalizedFeaturesTag:
                    FinalizedFeatures = content.ReadCompactArray<FinalizedFeature>("FinalizedFeatures", version);
                    break;
                case ZkMigrationReadyTag:
                    ZkMigrationReady = content.ReadBoolean("ZkMigrationReady");
                    break;
                default:
                    continue;
            }

            content.EnsureEnd(Section);
        }
    }

    private void WriteTaggedFields(KafkaWriter writer, short version)
    {
        // Like Kafka, write a tagged field only when it differs from its default.
        var hasEpoch = FinalizedFeaturesEpoch != -1;
        var count = (SupportedFeatures.Count > 0 ? 1 : 0) + (hasEpoch ? 1 : 0)
            + (FinalizedFeatures.Count > 0 ? 1 : 0) + (ZkMigrationReady ? 1 : 0);
        writer.WriteTaggedFieldCount(count);
        if (SupportedFeatures.Count > 0)
        {
            var mark = writer.BeginTaggedField(SupportedFeaturesTag);
            writer.WriteCompactArray(SupportedFeatures, version);
            writer.EndTaggedField(mark);
        }

        if (hasEpoch)
        {
            var mark = writer.BeginTaggedField(FinalizedFeaturesEpochTag);
            writer.WriteInt64(FinalizedFeaturesEpoch);
            writer.EndTaggedField(mark);
        }

        if (FinalizedFeatures.Count > 0)
        {
            var mark = writer.BeginTaggedField(FinalizedFeaturesTag);
            writer.WriteCompactArray(FinalizedFeatures, version);
            writer.EndTaggedField(mark);
        }

        if (ZkMigrationReady)
        {
            var mark = writer.BeginTaggedField(ZkMigrationReadyTag);
            writer.WriteBoolean(ZkMigrationReady);
            writer.EndTaggedField(mark);
        }
    }

    /// <summary>A feature the broker supports, with the range of levels it can run.</summary>
    public sealed class SupportedFeature : IKafkaWritable, IKafkaReadable<SupportedFeature>
    {
        /// <summary>The feature's name, e.g. "metadata.version".</summary>
        public string Name { get; set; } = "";

        /// <summary>The lowest level supported.</summary>
        public short MinVersion { get; set; }

        /// <summary>The highest level supported.</summary>
        public short MaxVersion { get; set; }

        /// <inheritdoc/>
        public static SupportedFeature Read(ref KafkaReader reader, short version)
        {
            var item = new SupportedFeature
            {
                Name = reader.ReadCompactString("SupportedFeature.Name"),
                MinVersion = reader.ReadInt16("SupportedFeature.MinVersion"),
                MaxVersion = reader.ReadInt16("SupportedFeature.MaxVersion"),
            };
            reader.SkipTaggedFields("SupportedFeature tagged fields");
            return item;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteCompactString(Name);
            writer.WriteInt16(MinVersion);
            writer.WriteInt16(MaxVersion);
            writer.WriteEmptyTaggedFields();
        }
    }

    /// <summary>A feature whose level the cluster has finalized.</summary>
    public sealed class FinalizedFeature : IKafkaWritable, IKafkaReadable<FinalizedFeature>
    {
        /// <summary>The feature's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>The highest level finalized.</summary>
        public short MaxVersionLevel { get; set; }

        /// <summary>The lowest level finalized.</summary>
        public short MinVersionLevel { get; set; }

        /// <inheritdoc/>
        public static FinalizedFeature Read(ref KafkaReader reader, short version)
        {
            var item = new FinalizedFeature
            {
                Name = reader.ReadCompactString("FinalizedFeature.Name"),
                MaxVersionLevel = reader.ReadInt16("FinalizedFeature.MaxVersionLevel"),
                MinVersionLevel = reader.ReadInt16("FinalizedFeature.MinVersionLevel"),
            };
            reader.SkipTaggedFields("FinalizedFeature tagged fields");
            return item;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteCompactString(Name);
            writer.WriteInt16(MaxVersionLevel);
            writer.WriteInt16(MinVersionLevel);
            writer.WriteEmptyTaggedFields();
        }
    }
}
