using OrleansBroker.Abstractions;

namespace OrleansBroker.Grains.ConsumerGroups.Offsets;

/// <summary>A group's committed offsets, persisted in grain storage.</summary>
[GenerateSerializer, Alias("OrleansBroker.GroupOffsetsState")]
public sealed class GroupOffsetsState
{
    /// <summary>Committed positions by partition.</summary>
    [Id(0)] public Dictionary<TopicPartition, StoredOffset> Offsets { get; set; } = [];
}
