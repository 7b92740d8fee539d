using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>The create-topic form: blank fields take the broker's defaults; the broker validates the rest.</summary>
public sealed class CreateTopicForm
{
    /// <summary>The topic name.</summary>
    public string? Name { get; set; }

    /// <summary>The partition count; null for num.partitions.</summary>
    public int? Partitions { get; set; }

    /// <summary>The replication factor; null for default.replication.factor.</summary>
    public short? ReplicationFactor { get; set; }

    /// <summary>Topic configs by name (<see cref="TopicConfigNames.All"/>); blank ones are left to the broker's defaults.</summary>
    public Dictionary<string, string?> Configs { get; set; } = [];

    /// <summary>What to ask the broker to create.</summary>
    public TopicSpecification ToSpecification() => new()
    {
        Name = Name?.Trim() ?? "",
        NumPartitions = Partitions,
        ReplicationFactor = ReplicationFactor,
        Configs = Configs
            .Where(config => !string.IsNullOrWhiteSpace(config.Value))
            .ToDictionary(config => config.Key, config => config.Value!.Trim(), StringComparer.Ordinal),
    };
}
