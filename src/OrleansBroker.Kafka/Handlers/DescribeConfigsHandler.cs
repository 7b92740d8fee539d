using System.Globalization;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;
using Config = OrleansBroker.Kafka.Protocol.Messages.DescribeConfigsResponse.Config;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// DescribeConfigs (0-3): a topic's configs (its overrides, else the broker's defaults) or this broker's settings,
/// all or the keys asked for. Sources are Kafka's: topic override, static broker setting, or built-in default (v0
/// says the same with IsDefault). Broker settings are read-only: they come from the silo's configuration.
/// </summary>
public sealed class DescribeConfigsHandler(IGrainFactory grains, BrokerConfigs configs) : KafkaRequestHandler<DescribeConfigsRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(DescribeConfigsRequest request, KafkaRequestContext context) =>
        new DescribeConfigsResponse { Results = await Task.WhenAll(request.Resources.Select(resource => DescribeAsync(resource, context))) };

    private async Task<DescribeConfigsResponse.Result> DescribeAsync(DescribeConfigsRequest.Resource resource, KafkaRequestContext context)
    {
        var result = new DescribeConfigsResponse.Result { ResourceType = resource.ResourceType, ResourceName = resource.ResourceName };
        try
        {
            var all = resource.ResourceType switch
            {
                DescribeConfigsRequest.TopicResourceType => await TopicConfigsAsync(resource.ResourceName),
                DescribeConfigsRequest.BrokerResourceType => BrokerConfigs(resource.ResourceName, context),
                _ => throw new BrokerException(ErrorCode.InvalidRequest, $"Resource type {resource.ResourceType} is not supported: only topics (2) and brokers (4) are."),
            };
            result.Configs = resource.ConfigurationKeys is { } keys ? [.. all.Where(config => keys.Contains(config.Name))] : all;
        }
        catch (BrokerException exception)
        {
            result.ErrorCode = (short)exception.Code;
            result.ErrorMessage = exception.Message;
        }

        return result;
    }

    private async Task<IReadOnlyList<Config>> TopicConfigsAsync(string name)
    {
        var topic = await grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key).GetTopicAsync(name)
            ?? throw new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{name}' does not exist.");
        return [.. TopicConfigNames.All.Where(configs.TopicDefaults.ContainsKey).Select(key => topic.Configs.TryGetValue(key, out var value)
            ? Describe(configs.TopicDefaults[key] with { Value = value }, Config.TopicConfigSource, readOnly: false)
            : Describe(configs.TopicDefaults[key], SourceOf(configs.TopicDefaults[key]), readOnly: false))];
    }

    private IReadOnlyList<Config> BrokerConfigs(string name, KafkaRequestContext context)
    {
        var nodeId = context.Broker.NodeId.ToString(CultureInfo.InvariantCulture);
        if (name.Length > 0 && name != nodeId)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"This is broker {nodeId}: ask broker {name} for its own configs.");
        }

        ConfigEntry[] identity =
        [
            new("broker.id", nodeId, ConfigType.Int, IsDefault: false),
            new("node.id", nodeId, ConfigType.Int, IsDefault: false),
            new("advertised.listeners", $"PLAINTEXT://{context.Broker.Host}:{context.Broker.Port}", ConfigType.String, IsDefault: false),
        ];
        return [.. identity.Concat(configs.Broker).Select(entry => Describe(entry, SourceOf(entry), readOnly: true))];
    }

    private static sbyte SourceOf(ConfigEntry entry) => entry.IsDefault ? Config.DefaultConfigSource : Config.StaticBrokerConfigSource;

    private static Config Describe(ConfigEntry entry, sbyte source, bool readOnly) => new()
    {
        Name = entry.Name,
        Value = entry.Value,
        ReadOnly = readOnly,
        IsDefault = source == Config.DefaultConfigSource,
        ConfigSource = source,
        ConfigType = (sbyte)entry.Type,
    };
}
