namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// OffsetCommit request (key 8), v0-7: a group's committed offsets. From v1 the member's generation fences commits
/// from members the group has moved on from; v0 commits carry no membership (simple consumers).
/// </summary>
public sealed class OffsetCommitRequest : IKafkaRequest, IKafkaMessage<OffsetCommitRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.OffsetCommit;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>The committing member's generation, -1 for a commit from outside the group (v1+).</summary>
    public int GenerationIdOrMemberEpoch { get; set; } = -1;

    /// <summary>The committing member's id, empty from outside the group (v1+).</summary>
    public string MemberId { get; set; } = "";

    /// <summary>The static member's instance id, or null (v7+).</summary>
    public string? GroupInstanceId { get; set; }

    /// <summary>How long to keep the offsets, in milliseconds; -1 for the broker's setting (v2-4).</summary>
    public long RetentionTimeMs { get; set; } = -1;

    /// <summary>The offsets to commit.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <inheritdoc/>
    public static OffsetCommitRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new OffsetCommitRequest { GroupId = reader.ReadString("GroupId") };
        if (version >= 1)
        {
            request.GenerationIdOrMemberEpoch = reader.ReadInt32("GenerationIdOrMemberEpoch");
            request.MemberId = reader.ReadString("MemberId");
        }

        if (version >= 7)
        {
            request.GroupInstanceId = reader.ReadNullableString("GroupInstanceId");
        }

        if (version is >= 2 and <= 4)
        {
            request.RetentionTimeMs = reader.ReadInt64("RetentionTimeMs");
        }

        request.Topics = reader.ReadArray<Topic>("Topics", version);
        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        if (version >= 1)
        {
            writer.WriteInt32(GenerationIdOrMemberEpoch);
            writer.WriteString(MemberId);
        }

        if (version >= 7)
        {
            writer.WriteNullableString(GroupInstanceId);
        }

        if (version is >= 2 and <= 4)
        {
            writer.WriteInt64(RetentionTimeMs);
        }

        writer.WriteArray(Topics, version);
    }

    /// <summary>A topic's offsets to commit.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Its partitions' offsets.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Topics.Name"),
            Partitions = reader.ReadArray<Partition>("Topics.Partitions", version),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteArray(Partitions, version);
        }
    }

    /// <summary>One partition's offset to commit.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The offset to commit: the next record the group should read.</summary>
        public long CommittedOffset { get; set; }

        /// <summary>The leader epoch of the last record consumed, -1 when unknown (v6+).</summary>
        public int CommittedLeaderEpoch { get; set; } = -1;

        /// <summary>When the commit was made, in milliseconds since the epoch; -1 for now (v1 only).</summary>
        public long CommitTimestamp { get; set; } = -1;

        /// <summary>Free text the client keeps with the offset, or null.</summary>
        public string? CommittedMetadata { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
                CommittedOffset = reader.ReadInt64("Partitions.CommittedOffset"),
            };
            if (version >= 6)
            {
                partition.CommittedLeaderEpoch = reader.ReadInt32("Partitions.CommittedLeaderEpoch");
            }

            if (version == 1)
            {
                partition.CommitTimestamp = reader.ReadInt64("Partitions.CommitTimestamp");
            }

            partition.CommittedMetadata = reader.ReadNullableString("Partitions.CommittedMetadata");
            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt64(CommittedOffset);
            if (version >= 6)
            {
                writer.WriteInt32(CommittedLeaderEpoch);
            }

            if (version == 1)
            {
                writer.WriteInt64(CommitTimestamp);
            }

            writer.WriteNullableString(CommittedMetadata);
        }
    }
}
