namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>SyncGroup request (key 14), v0-3: the leader hands in every member's assignment; followers send none.</summary>
public sealed class SyncGroupRequest : IKafkaRequest, IKafkaMessage<SyncGroupRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.SyncGroup;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>The generation the member joined.</summary>
    public int GenerationId { get; set; }

    /// <summary>The member's id.</summary>
    public string MemberId { get; set; } = "";

    /// <summary>The static member's instance id, or null (v3+).</summary>
    public string? GroupInstanceId { get; set; }

    /// <summary>Every member's assignment (from the leader), or empty.</summary>
    public IReadOnlyList<Assignment> Assignments { get; set; } = [];

    /// <inheritdoc/>
    public static SyncGroupRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new SyncGroupRequest
        {
            GroupId = reader.ReadString("GroupId"),
            GenerationId = reader.ReadInt32("GenerationId"),
            MemberId = reader.ReadString("MemberId"),
        };
        if (version >= 3)
        {
            request.GroupInstanceId = reader.ReadNullableString("GroupInstanceId");
        }

        request.Assignments = reader.ReadArray<Assignment>("Assignments", version);
        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        writer.WriteInt32(GenerationId);
        writer.WriteString(MemberId);
        if (version >= 3)
        {
            writer.WriteNullableString(GroupInstanceId);
        }

        writer.WriteArray(Assignments, version);
    }

    /// <summary>One member's assignment, opaque to the broker.</summary>
    public sealed class Assignment : IKafkaWritable, IKafkaReadable<Assignment>
    {
        /// <summary>The member it is for.</summary>
        public string MemberId { get; set; } = "";

        /// <summary>The assignment (for consumers: partitions in Kafka's consumer protocol).</summary>
        public ReadOnlyMemory<byte> Data { get; set; }

        /// <inheritdoc/>
        public static Assignment Read(ref KafkaReader reader, short version) => new()
        {
            MemberId = reader.ReadString("Assignments.MemberId"),
            Data = reader.ReadBytes("Assignments.Assignment"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(MemberId);
            writer.WriteBytes(Data.Span);
        }
    }
}
