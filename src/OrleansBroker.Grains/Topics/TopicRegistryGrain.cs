using Microsoft.Extensions.Options;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Grains.Topics;

/// <summary>
/// Owns the metadata of every topic (Kafka's controller role). Each change is validated completely before the
/// state is written, so a failed request leaves nothing behind; the write is awaited before answering.
/// </summary>
public sealed class TopicRegistryGrain(
    [PersistentState("topics", BrokerStorage.ProviderName)] IPersistentState<TopicRegistryState> state,
    IOptions<BrokerOptions> options,
    ILogStorage logStorage)
    : Grain, ITopicRegistryGrain
{
    /// <summary>
    /// The most partitions a topic may have. Kafka sets no number but fails long before 2^31; every partition is a
    /// grain, a log and an entry of each metadata response, so a count beyond this is refused as INVALID_PARTITIONS.
    /// </summary>
    public const int MaxPartitions = 100_000;

    private readonly BrokerOptions _options = options.Value;

    private Dictionary<string, TopicMetadata> Topics => state.State.Topics;

    /// <inheritdoc />
    public async Task<TopicMetadata> CreateTopicAsync(TopicSpecification specification)
    {
        var (partitions, replicationFactor) = Validate(specification);
        var configs = new Dictionary<string, string>(specification.Configs, StringComparer.Ordinal);
        configs.TryAdd(TopicConfigNames.SegmentBytes, _options.LogSegmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var metadata = new TopicMetadata
        {
            Name = specification.Name,
            TopicId = Guid.NewGuid(),
            PartitionCount = partitions,
            ReplicationFactor = replicationFactor,
            Configs = configs,
        };
        await SaveAsync(metadata);
        return metadata;
    }

    /// <inheritdoc />
    public Task ValidateTopicAsync(TopicSpecification specification)
    {
        Validate(specification);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<TopicMetadata?> GetTopicAsync(string name) => Task.FromResult(Topics.GetValueOrDefault(name));

    /// <inheritdoc />
    public async Task<TopicMetadata> GetOrAutoCreateTopicAsync(string name)
    {
        if (Topics.TryGetValue(name, out var metadata))
        {
            return metadata;
        }

        if (!_options.AutoCreateTopicsEnable)
        {
            throw UnknownTopic(name);
        }

        return await CreateTopicAsync(new TopicSpecification { Name = name });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListTopicsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Topics.Keys.Order(StringComparer.Ordinal)]);

    /// <inheritdoc />
    public Task<IReadOnlyList<TopicMetadata>> ListTopicMetadataAsync() =>
        Task.FromResult<IReadOnlyList<TopicMetadata>>([.. Topics.Values.OrderBy(topic => topic.Name, StringComparer.Ordinal)]);

    /// <inheritdoc />
    public async Task<TopicDescription> DescribeTopicAsync(string name)
    {
        var metadata = Get(name);
        var brokerIds = await BrokerIds.GetAsync(GrainFactory);
        // Ask every partition at once: describe of a wide topic should not cost one round trip per partition.
        var states = await Task.WhenAll(Enumerable.Range(0, metadata.PartitionCount).Select(partition => PartitionGrain(name, partition).GetStateAsync()));
        var partitions = states
            .Select((state, partition) => (partition, leader: brokerIds.GetValueOrDefault(state.Host, -1)))
            .Select(p => new PartitionDescription(p.partition, p.leader, [p.leader], [p.leader]))
            .ToList();
        return new TopicDescription(metadata, partitions);
    }

    /// <inheritdoc />
    public async Task DeleteTopicAsync(string name)
    {
        var metadata = Get(name);
        Topics.Remove(name);
        await state.WriteStateAsync();
        await Task.WhenAll(Enumerable.Range(0, metadata.PartitionCount).Select(partition => PartitionGrain(name, partition).DeleteDataAsync()));
    }

    /// <inheritdoc />
    public async Task<TopicMetadata> CreatePartitionsAsync(string name, int totalCount)
    {
        var updated = ValidateCreatePartitions(name, totalCount) with { PartitionCount = totalCount };
        await SaveAsync(updated);
        return updated;
    }

    /// <inheritdoc />
    public Task ValidateCreatePartitionsAsync(string name, int totalCount)
    {
        ValidateCreatePartitions(name, totalCount);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<TopicMetadata> AlterConfigsAsync(string name, IReadOnlyDictionary<string, string> set, IReadOnlyList<string> delete)
    {
        var metadata = Get(name);
        TopicConfigNames.Validate(set);
        var configs = new Dictionary<string, string>(metadata.Configs, StringComparer.Ordinal);
        foreach (var key in delete)
        {
            if (!TopicConfigNames.All.Contains(key))
            {
                throw new BrokerException(ErrorCode.InvalidConfig, $"Unknown topic config name: {key}.");
            }

            configs.Remove(key);
        }

        foreach (var (key, value) in set)
        {
            configs[key] = value;
        }

        var updated = metadata with { Configs = configs };
        await SaveAsync(updated);
        await Task.WhenAll(Enumerable.Range(0, updated.PartitionCount).Select(partition => PartitionGrain(name, partition).ReconfigureAsync(updated)));
        return updated;
    }

    /// <summary>Checks everything a creation needs; returns the partition count and replication factor, defaults applied.</summary>
    private (int Partitions, short ReplicationFactor) Validate(TopicSpecification specification)
    {
        TopicNames.Validate(specification.Name);
        if (Topics.ContainsKey(specification.Name))
        {
            throw new BrokerException(ErrorCode.TopicAlreadyExists, $"Topic '{specification.Name}' already exists.");
        }

        var partitions = specification.NumPartitions ?? _options.NumPartitions;
        if (partitions < 1)
        {
            throw new BrokerException(ErrorCode.InvalidPartitions, $"Number of partitions must be larger than 0 (got {partitions}).");
        }

        if (partitions > MaxPartitions)
        {
            throw new BrokerException(ErrorCode.InvalidPartitions, $"Number of partitions must be at most {MaxPartitions} (got {partitions}).");
        }

        var replicationFactor = specification.ReplicationFactor ?? _options.DefaultReplicationFactor;
        ValidateReplicationFactor(replicationFactor);
        TopicConfigNames.Validate(specification.Configs);
        return (partitions, replicationFactor);
    }

    /// <summary>The topic's metadata, once it is sure that <paramref name="totalCount"/> partitions would be an increase.</summary>
    private TopicMetadata ValidateCreatePartitions(string name, int totalCount)
    {
        var metadata = Get(name);
        if (totalCount > MaxPartitions)
        {
            throw new BrokerException(ErrorCode.InvalidPartitions, $"Topic '{name}' cannot have {totalCount} partitions: at most {MaxPartitions}.");
        }

        if (totalCount <= metadata.PartitionCount)
        {
            throw new BrokerException(
                ErrorCode.InvalidPartitions,
                $"Topic '{name}' currently has {metadata.PartitionCount} partitions, {totalCount} would not be an increase.");
        }

        return metadata;
    }

    private void ValidateReplicationFactor(short replicationFactor)
    {
        if (replicationFactor < 1)
        {
            throw new BrokerException(ErrorCode.InvalidReplicationFactor, $"Replication factor must be larger than 0 (got {replicationFactor}).");
        }

        // Copies are kept by the storage tier, not by brokers: the factor cannot exceed what the storage keeps.
        var copies = logStorage.Copies;
        if (replicationFactor > copies)
        {
            throw new BrokerException(
                ErrorCode.InvalidReplicationFactor,
                $"Replication factor: {replicationFactor} larger than this deployment can honour: {copies} (its log storage keeps {copies} cop{(copies == 1 ? "y" : "ies")} of each partition).");
        }
    }

    private async Task SaveAsync(TopicMetadata metadata)
    {
        var previous = Topics.GetValueOrDefault(metadata.Name);
        Topics[metadata.Name] = metadata;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Leave memory as storage has it: a failed write changes nothing.
            if (previous is null)
            {
                Topics.Remove(metadata.Name);
            }
            else
            {
                Topics[metadata.Name] = previous;
            }

            throw;
        }
    }

    private TopicMetadata Get(string name) => Topics.GetValueOrDefault(name) ?? throw UnknownTopic(name);

    private static BrokerException UnknownTopic(string name) =>
        new(ErrorCode.UnknownTopicOrPartition, $"Topic '{name}' does not exist.");

    private IPartitionGrain PartitionGrain(string topic, int partition) =>
        GrainFactory.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey());
}
